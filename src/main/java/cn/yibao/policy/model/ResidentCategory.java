package cn.yibao.policy.model;

/** Resident contribution category (SPEC §1.2, §3.1.1). */
public enum ResidentCategory {
    ADULT,
    INFANT,
    OTHER_MINOR,
    PRIMARY_SECONDARY_STUDENT,
    COLLEGE_STUDENT
}
