package cn.yibao.policy.enrollment;

/** What insured a person in one policy year (SPEC §3.0.1; P14: any month of employee cover counts). */
public enum CoverageStatus {
    RESIDENT,
    EMPLOYEE,
    NONE
}
