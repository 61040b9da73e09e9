package cn.yibao.policy.claim.ci;

import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.parameters.CriticalIllness;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.PolicyYearTerms;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.util.List;

/**
 * Critical-illness insurance (大病保险) for one covered claim (SPEC §3.9, §3.19), dispatching on the
 * published model: Huaihua's excess bands (D8) or the employee compliant-cost bands (D10). Where
 * the model is not published (Ningbo and Shanghai residents) the layer is not computed (§3.0.5).
 */
public final class CriticalIllnessBenefits {

    public static final String NOT_PUBLISHED_RULE = "critical-illness.not-published";

    private CriticalIllnessBenefits() {}

    /**
     * @param ciBase       what the claim adds to the CI axis ({@code BasicResult.ciBase})
     * @param effectiveCap Huaihua ordinary cap incl. applied incentives; null = the published cap
     */
    public static CiResult apply(
            PolicyYearTerms terms, Claimant claimant, Money ciBase, @Nullable Money effectiveCap, YearToDate ytd) {
        Param<CriticalIllness> model = criticalIllness(terms);
        if (!(model instanceof Param.Published<CriticalIllness> published)) {
            return notComputed(model, ytd);
        }
        if (!ciBase.isPositive()) {
            return new CiResult(Money.ZERO, true, List.of(), ytd);
        }
        return switch (published.value()) {
            case CriticalIllness.ExcessBands bands ->
                HuaihuaCi.apply(bands, published.source(), claimant, ciBase, effectiveCap, ytd);
            case CriticalIllness.CompliantCostBands bands -> EmployeeCi.apply(bands, published.source(), ciBase, ytd);
        };
    }

    static Param<CriticalIllness> criticalIllness(PolicyYearTerms terms) {
        return switch (terms) {
            case ResidentPolicy r -> r.criticalIllness();
            case EmployeePolicy e -> e.criticalIllness();
        };
    }

    private static CiResult notComputed(Param<CriticalIllness> model, YearToDate ytd) {
        String note = model instanceof Param.NotPublished<CriticalIllness> np ? np.note() : "critical illness";
        Explanation line = new Explanation(
                NOT_PUBLISHED_RULE,
                Layer.CRITICAL_ILLNESS,
                "Critical-illness insurance not computed: not published in the sources (" + note
                        + "); the personal amount is an upper bound",
                null,
                null,
                Money.ZERO,
                model.source());
        return new CiResult(Money.ZERO, false, List.of(line), ytd);
    }
}
