package cn.yibao.policy.enrollment;

import java.time.LocalDate;

/**
 * Waiting period and benefit dates of one resident enrolment (SPEC §3.3). {@code benefitsInYear} is
 * false when the waiting period ends after the policy year: no benefit in Y.
 */
public record BenefitDates(
        WaitingPeriod waiting, int gapYears, LocalDate benefitsStart, LocalDate benefitsEnd, boolean benefitsInYear) {

    /** Whether a service on {@code date} is covered by this enrolment (§3.0 {@code covered}). */
    public boolean covers(LocalDate date) {
        return benefitsInYear && !date.isBefore(benefitsStart) && !date.isAfter(benefitsEnd);
    }
}
