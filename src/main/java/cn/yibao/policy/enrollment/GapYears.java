package cn.yibao.policy.enrollment;

import cn.yibao.policy.parameters.ResidentPolicy;

/** Gap years and continuity for the waiting period (SPEC §3.3 step 3, D5, C11, C14). */
final class GapYears {

    private GapYears() {}

    /** Uninsured years right before Y, counted from {@code gapsCountFrom} and never before birth; EMPLOYEE stops. */
    static int count(EnrollmentQuoteRequest r) {
        int from = firstCountedYear(r);
        int g = 0;
        for (int y = r.terms().year() - 1; y >= from && r.history().status(y) == CoverageStatus.NONE; y--) {
            g++;
        }
        return g;
    }

    /**
     * Where the region requires it (Shanghai, C14): every counted year before Y insured, and every
     * resident year among them paid inside its window. Elsewhere always true.
     */
    static boolean continuousAsRequired(EnrollmentQuoteRequest r) {
        ResidentPolicy.Waiting w = r.terms().waiting();
        if (!Boolean.TRUE.equals(w.noWaitingNeedsEveryYearInWindow().orNull())) {
            return true;
        }
        for (int y = firstCountedYear(r); y < r.terms().year(); y++) {
            InsuranceHistory.Year year = r.history().year(y);
            if (year.status() == CoverageStatus.NONE
                    || (year.status() == CoverageStatus.RESIDENT && !year.paidInWindow())) {
                return false;
            }
        }
        return true;
    }

    private static int firstCountedYear(EnrollmentQuoteRequest r) {
        int countFrom = r.terms().waiting().gapsCountFrom().require("waiting.variable");
        return Math.max(countFrom, r.birthDate().getYear());
    }
}
