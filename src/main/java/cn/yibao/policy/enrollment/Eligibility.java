package cn.yibao.policy.enrollment;

/** Outcome of the resident eligibility test (SPEC §3.1.2). */
public enum Eligibility {
    ELIGIBLE,
    NOT_ELIGIBLE,
    /** The region publishes no eligibility rules (Huaihua, Shanghai) and the person is not a local college student. */
    NOT_PUBLISHED
}
