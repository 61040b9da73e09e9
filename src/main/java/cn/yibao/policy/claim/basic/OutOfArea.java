package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.model.ServiceLocation;
import java.util.List;
import java.util.Map;

/** SPEC §3.20 (D11, P16): the points an employee fund ratio is lowered by outside the pooling region. */
final class OutOfArea {

    static final String RULE = "out-of-area.reduction";

    private OutOfArea() {}

    /**
     * The reduction for the claim's location, adding its explanation line. Residents: no reduction,
     * only a line saying the rules are not published (D11).
     */
    static Rate reduction(BenefitTerms terms, ClaimFacts claim, List<Explanation> lines) {
        ServiceLocation location = claim.location();
        if (location == ServiceLocation.LOCAL) {
            return Rate.ZERO;
        }
        Param<Map<ServiceLocation, Rate>> param = terms.outOfArea();
        if (!terms.employee()) {
            lines.add(Line.basic(
                    RULE, "out-of-area rules not published for residents", null, null, null, param.source()));
            return Rate.ZERO;
        }
        Rate points = BenefitTerms.entry(param.require(RULE), location, RULE);
        lines.add(Line.basic(
                RULE, "fund ratio lowered for care outside the pooling region", null, points, null, param.source()));
        return points;
    }
}
