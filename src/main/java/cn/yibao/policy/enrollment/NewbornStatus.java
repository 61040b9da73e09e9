package cn.yibao.policy.enrollment;

/** How a child's first enrolment relates to its birth (SPEC §3.2, D6, P12). */
public enum NewbornStatus {
    /** Not a child's first enrolment: ordinary rules. */
    NONE,
    /** Paid within the newborn days of birth. */
    WITHIN_90_DAYS,
    /** Within the days, which cross the year end, and both years paid in full within them. */
    WITHIN_90_DAYS_CROSS_YEAR,
    /** The first enrolment paid after the newborn days: out-of-window rules, fixed months only. */
    AFTER_90_DAYS;

    public boolean within() {
        return this == WITHIN_90_DAYS || this == WITHIN_90_DAYS_CROSS_YEAR;
    }
}
