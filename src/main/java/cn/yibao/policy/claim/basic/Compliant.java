package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.common.Money;

/** The employee CI compliant cost of a claim (D10, P24): P + (E − basic) − special-drug part, not below 0. */
final class Compliant {

    private Compliant() {}

    static Money cost(ClaimFacts claim, Money basic) {
        return claim.preSelfPay()
                .plus(claim.eligible().minus(basic))
                .minus(claim.specialDrugCompliant())
                .positivePart();
    }
}
