package cn.yibao.policy.model;

/** Ningbo's three rate tiers: 社区医院, 其他医院, 三级医院 (SPEC §3.0.3); hospital levels map onto them by parameter (P8). */
public enum RateTier {
    COMMUNITY,
    OTHER,
    LEVEL_3
}
