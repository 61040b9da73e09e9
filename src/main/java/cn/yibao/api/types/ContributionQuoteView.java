package cn.yibao.api.types;

import cn.yibao.policy.enrollment.EnrollmentQuote;
import cn.yibao.policy.enrollment.Incentive;
import cn.yibao.policy.model.ResidentCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ContributionQuote")
@Description("What a person like this would pay and when benefits would start; nothing is stored.")
public record ContributionQuoteView(
        @NonNull ResidentCategory category,
        @NonNull BigDecimal individualContribution,
        @Description("Null where not published") BigDecimal subsidy,
        @NonNull BigDecimal assistanceReduction,
        @NonNull BigDecimal amountDue,
        boolean inEnrollmentWindow,
        @Description("The out-of-window price is not published: the standard contribution is shown (P4)")
                boolean outOfWindowPriceFlagged,
        @NonNull WaitingPeriodView waitingPeriod,
        @NonNull LocalDate benefitsStart,
        @NonNull LocalDate benefitsEnd,
        int continuousYears,
        @NonNull IncentiveView incentive,
        boolean projected,
        @NonNull List<@NonNull ExplanationView> explanation) {

    public static ContributionQuoteView from(EnrollmentQuote q) {
        return new ContributionQuoteView(
                q.category(),
                q.individualContribution().yuan(),
                q.subsidy() == null ? null : q.subsidy().yuan(),
                q.assistanceReduction().yuan(),
                q.amountDue().yuan(),
                q.inEnrollmentWindow(),
                q.outOfWindowPriceFlagged(),
                WaitingPeriodView.of(q.waiting().fixedMonths(), q.waiting().variableMonths()),
                q.benefitsStart(),
                q.benefitsEnd(),
                q.continuousYears(),
                incentive(q.incentive()),
                q.projected(),
                q.explanation().stream().map(ExplanationView::from).toList());
    }

    static IncentiveView incentive(Incentive i) {
        return new IncentiveView(
                yuan(i.continuousIncrement()),
                yuan(i.zeroClaimIncrement()),
                yuan(i.total()),
                i.effectiveCiCap() == null ? null : i.effectiveCiCap().yuan());
    }

    private static BigDecimal yuan(cn.yibao.policy.common.Money m) {
        return m == null ? BigDecimal.ZERO.setScale(2) : m.yuan();
    }
}
