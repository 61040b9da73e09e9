package cn.yibao.policy.model;

/** Row of a benefit table: resident adults vs infants-and-students (P2 adds other minors), employees in service vs retired. */
public enum BenefitGroup {
    ADULT,
    MINOR_OR_STUDENT,
    IN_SERVICE,
    RETIRED
}
