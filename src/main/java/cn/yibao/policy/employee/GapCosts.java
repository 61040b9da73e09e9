package cn.yibao.policy.employee;

/** What happens to costs incurred in a gap or stop period (SPEC §3.15, seed 004 (六)). */
public enum GapCosts {
    /** No gap, or nothing said about it. */
    NONE,
    /** Claimable manually once the gap months are back-paid (continuation after a short gap). */
    CLAIMABLE_AFTER_BACK_PAY,
    /** Claimable manually (arrears of at most the short-gap limit, cleared). */
    CLAIMABLE_MANUALLY,
    /** Borne by the person (longer arrears). */
    BORNE_BY_PERSON
}
