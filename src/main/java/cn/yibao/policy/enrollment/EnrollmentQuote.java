package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.ResidentCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * A resident contribution quote or enrolment result: what the GraphQL {@code ContributionQuote}
 * and {@code Enrollment} types show (SPEC §3.1–§3.4). {@code projected}: built on a projected year.
 */
public record EnrollmentQuote(
        ResidentCategory category,
        Money individualContribution,
        @Nullable Money subsidy,
        Money assistanceReduction,
        Money outOfWindowSurcharge,
        Money amountDue,
        boolean inEnrollmentWindow,
        boolean outOfWindowPriceFlagged,
        NewbornStatus newborn,
        WaitingPeriod waiting,
        int gapYears,
        LocalDate benefitsStart,
        LocalDate benefitsEnd,
        boolean benefitsInYear,
        Incentive incentive,
        boolean projected,
        List<Explanation> explanation) {

    public EnrollmentQuote {
        explanation = List.copyOf(explanation);
    }

    public int continuousYears() {
        return incentive.continuousYears();
    }

    public int zeroClaimYears() {
        return incentive.zeroClaimYears();
    }

    /** Whether a service on {@code date} is covered by this enrolment. */
    public boolean covers(LocalDate date) {
        return benefitsInYear && !date.isBefore(benefitsStart) && !date.isAfter(benefitsEnd);
    }
}
