package cn.yibao.policy.model;

/** Province-level divisions the service knows. */
public enum Province {
    ZHEJIANG,
    HUNAN,
    SHANGHAI
}
