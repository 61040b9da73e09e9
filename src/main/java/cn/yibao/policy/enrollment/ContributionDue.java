package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.ResidentCategory;

/**
 * The contribution of one resident enrolment (SPEC §3.2). {@code outOfWindowSurcharge} is 0 in the
 * window; {@code outOfWindowPriceFlagged}: out of window where no out-of-window price is published
 * (P4, the standard contribution is charged).
 */
public record ContributionDue(
        ResidentCategory category,
        Money individualContribution,
        @Nullable Money subsidy,
        Money assistanceReduction,
        Money outOfWindowSurcharge,
        Money amountDue,
        boolean inEnrollmentWindow,
        boolean outOfWindowPriceFlagged,
        NewbornStatus newborn) {}
