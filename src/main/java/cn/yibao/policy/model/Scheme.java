package cn.yibao.policy.model;

/** Basic medical insurance scheme: 城乡居民 (RESIDENT) or 职工 (EMPLOYEE). */
public enum Scheme {
    RESIDENT,
    EMPLOYEE
}
