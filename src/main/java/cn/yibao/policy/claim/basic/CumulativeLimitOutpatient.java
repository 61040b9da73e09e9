package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.RateTier;
import cn.yibao.policy.parameters.Outpatient.CumulativeLimit;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC §3.5 (D4): no deductible; the tier ratio applies while the cumulative annual outpatient E
 * stays within the limit; a claim crossing the limit is split, the part above is personal.
 */
final class CumulativeLimitOutpatient {

    private CumulativeLimitOutpatient() {}

    static BasicResult apply(
            BenefitTerms terms, CumulativeLimit model, Source source, ClaimFacts claim, YearToDate ytd) {
        List<Explanation> lines = new ArrayList<>(3);
        OutOfArea.reduction(terms, claim, lines);
        RateTier tier = terms.tier(claim.level());
        Rate ratio = tier == RateTier.COMMUNITY && claim.chronicDisease()
                ? model.communityChronicRatio()
                : BenefitTerms.entry(model.ratio(), tier, "outpatient.ningbo.ratio");
        Money eligible = claim.eligible();
        Money within = model.limit().minus(ytd.outpatientCost()).positivePart().min(eligible);
        Money basic = Money.roundHalfUp(within.timesExact(ratio));
        lines.add(Line.basic(
                "outpatient.ningbo.ratio",
                "fund ratio on the cost within the yearly outpatient limit",
                within,
                ratio,
                basic,
                source));
        if (within.isLessThan(eligible)) {
            Money over = eligible.minus(within);
            lines.add(Line.basic(
                    "outpatient.ningbo.over-5000",
                    "cost above the yearly outpatient limit is borne personally",
                    over,
                    null,
                    over,
                    source));
        }
        YearToDate after = ytd.toBuilder()
                .outpatientCost(ytd.outpatientCost().plus(eligible))
                .basicPaid(ytd.basicPaid().plus(basic))
                .build();
        return new BasicResult(Money.ZERO, basic, Money.ZERO, true, lines, after);
    }
}
