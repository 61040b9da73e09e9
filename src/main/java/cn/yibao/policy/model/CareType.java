package cn.yibao.policy.model;

/** Kind of care of a claim. */
public enum CareType {
    OUTPATIENT,
    INPATIENT,
    SPECIAL_DISEASE_OUTPATIENT,
    FAMILY_SICKBED
}
