package cn.yibao.policy.claim.supplementary;

import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.Responsibility;

/**
 * What one claim adds to each responsibility's base (SPEC §3.10): x1 = in-scope burden after basic
 * and CI (inpatient-like care; null = not computable because CI is not), x2 = self-paid cost of
 * inpatient-like care, x3 = special drugs, x4 = proton / heavy-ion therapy.
 */
public record SupplementaryBases(@Nullable Money x1, Money x2, Money x3, Money x4) {

    public static SupplementaryBases of(ClaimFacts claim, Money basic, Money ci, boolean ciComplete) {
        boolean inpatientLike = claim.inpatientLike();
        Money x1;
        if (!inpatientLike) {
            x1 = Money.ZERO;
        } else {
            x1 = ciComplete ? claim.inScopeCost().minus(basic).minus(ci).positivePart() : null;
        }
        Money x2 = inpatientLike ? claim.selfPaidCost() : Money.ZERO;
        return new SupplementaryBases(x1, x2, claim.specialDrugCost(), claim.protonHeavyIonCost());
    }

    public @Nullable Money of(Responsibility r) {
        return switch (r) {
            case R1 -> x1;
            case R2 -> x2;
            case R3 -> x3;
            case R4 -> x4;
        };
    }
}
