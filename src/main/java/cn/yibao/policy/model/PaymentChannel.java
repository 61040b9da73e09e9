package cn.yibao.policy.model;

/** How a contribution reached the tax bureau (SPEC §3.21, §3.22). */
public enum PaymentChannel {
    DIRECT,
    SCHOOL,
    NINGBO_TAX_BUREAU_ONLINE,
    ZHEJIANG_TAX_BUREAU_ONLINE,
    SHANGHAI_POOL_BATCH
}
