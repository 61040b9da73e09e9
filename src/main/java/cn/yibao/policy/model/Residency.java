package cn.yibao.policy.model;

/** Residence document: 本市户籍, 居住证, 港澳台居民居住证, 外国人永久居留身份证. */
public enum Residency {
    LOCAL_HUKOU,
    RESIDENCE_PERMIT,
    HMT_RESIDENCE_PERMIT,
    FOREIGN_PERMANENT_RESIDENT,
    NONE
}
