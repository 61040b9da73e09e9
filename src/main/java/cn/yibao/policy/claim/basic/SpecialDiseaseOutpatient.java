package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Rate;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC §3.17 (P10, P16): the fund pays one ratio of E, lowered out of area; no deductible, no
 * segments, no account segment. Residents: not published (fails on the parameter).
 */
final class SpecialDiseaseOutpatient {

    static final String RULE = "employee.special-disease";

    private SpecialDiseaseOutpatient() {}

    static BasicResult apply(BenefitTerms terms, ClaimFacts claim, YearToDate ytd) {
        Param<Rate> param = terms.specialDiseaseOutpatient();
        Rate published = param.require(RULE);
        List<Explanation> lines = new ArrayList<>(2);
        Rate ratio = published.minus(OutOfArea.reduction(terms, claim, lines));
        Money eligible = claim.eligible();
        Money basic = Money.roundHalfUp(eligible.timesExact(ratio));
        lines.add(Line.basic(RULE, "special-disease outpatient fund ratio", eligible, ratio, basic, param.source()));
        YearToDate after =
                ytd.toBuilder().basicPaid(ytd.basicPaid().plus(basic)).build();
        Money ciBase = terms.employee() ? Compliant.cost(claim, basic) : Money.ZERO;
        return new BasicResult(Money.ZERO, basic, ciBase, true, lines, after);
    }
}
