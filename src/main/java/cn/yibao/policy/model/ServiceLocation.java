package cn.yibao.policy.model;

/** Where care was given, for out-of-area reductions (SPEC §3.20). */
public enum ServiceLocation {
    LOCAL,
    IN_PROVINCE,
    CROSS_PROVINCE_REFERRED,
    CROSS_PROVINCE_UNREGISTERED,
    EMERGENCY
}
