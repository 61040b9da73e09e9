package cn.yibao.policy.enrollment;

/** What a person must do to enrol for the year (SPEC §3.1.3, C4, C6). */
public enum RenewalAction {
    /** Not enrolled last year: register first. */
    REGISTER,
    /** Eligibility must be re-established before paying. */
    REVERIFY,
    /** The category changed: change it before paying. */
    CATEGORY_CHANGE,
    /** Renewed by default in the same category: only pay. */
    AUTO_RENEW,
    /** Primary and secondary pupils are enrolled through their school (C6). */
    SCHOOL
}
