package cn.yibao.policy.maternity;

import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.MaternityEvent;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.util.Map;

/**
 * Huaihua's fixed maternity allowances paid by the basic fund (SPEC §3.11, P23): one prenatal-check
 * allowance per pregnancy, one delivery allowance per delivery, natural or caesarean, not both.
 * They count as fund reimbursement for the zero-claim incentive.
 */
public final class MaternityRules {

    private MaternityRules() {}

    /** What this pregnancy has already received. */
    public record Pregnancy(boolean prenatalPaid, boolean deliveryPaid) {
        public static final Pregnancy NEW = new Pregnancy(false, false);
    }

    public record Allowance(Money amount, Explanation line, Pregnancy after, YearToDate ytdAfter) {}

    /** The allowance for {@code event} when the event date is covered; none (0) when it is not. */
    public static Allowance allowance(
            ResidentPolicy terms, MaternityEvent event, boolean covered, Pregnancy pregnancy, YearToDate ytd) {
        Param<Map<MaternityEvent, Money>> table = terms.maternity();
        Map<MaternityEvent, Money> amounts = table.require("maternity.allowance");
        boolean delivery = event != MaternityEvent.PRENATAL_CHECK;
        if (delivery ? pregnancy.deliveryPaid() : pregnancy.prenatalPaid()) {
            throw new PolicyException(
                    ErrorCode.CONFLICT,
                    "maternity.allowance",
                    delivery
                            ? "one delivery allowance per delivery (P23)"
                            : "one prenatal allowance per pregnancy (P23)");
        }
        if (!covered) {
            Explanation none = new Explanation(
                    "coverage.none",
                    Layer.BASIC,
                    "The event date is not covered: no allowance",
                    null,
                    null,
                    Money.ZERO,
                    table.source());
            return new Allowance(Money.ZERO, none, pregnancy, ytd);
        }
        Money amount = amounts.get(event);
        Explanation line = new Explanation(
                "maternity.allowance",
                Layer.BASIC,
                "Fixed " + event + " allowance",
                null,
                null,
                amount,
                table.source());
        Pregnancy after = delivery
                ? new Pregnancy(pregnancy.prenatalPaid(), true)
                : new Pregnancy(true, pregnancy.deliveryPaid());
        YearToDate ytdAfter =
                ytd.toBuilder().basicPaid(ytd.basicPaid().plus(amount)).build();
        return new Allowance(amount, line, after, ytdAfter);
    }
}
