package cn.yibao.policy.model;

/** Employment status (SPEC §1.2). */
public enum EmploymentStatus {
    NONE,
    EMPLOYED,
    FLEXIBLE,
    UNEMPLOYED,
    RETIRED
}
