package cn.yibao.policy.employee;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;

/**
 * Wage figures the back-pay needs and the sources do not publish (SPEC §2.5.2 NP): the
 * contribution basis (征缴依据) at retirement (old rule) and at back-payment (new rule), and the
 * city's 2007 average monthly wage (old-rule floor). Null = not supplied; the parameter file is
 * then asked, which fails with POLICY_NOT_PUBLISHED.
 */
public record RetirementBases(
        @Nullable Money basisAtRetirement, @Nullable Money basisAtBackPay, @Nullable Money cityAverageWage2007) {

    public static final RetirementBases NONE = new RetirementBases(null, null, null);
}
