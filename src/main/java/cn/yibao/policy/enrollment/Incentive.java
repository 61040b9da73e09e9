package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;

/**
 * Continuous-enrolment and zero-claim incentives of one year (SPEC §3.4, D7).
 *
 * @param continuousYears c: the unbroken resident streak ending at Y, counted from {@code countFrom}
 * @param zeroClaimYears z: earlier streak years in which the pooled fund reimbursed nothing
 * @param continuousIncrement null where the step is not published (Shanghai)
 * @param zeroClaimIncrement null where the step is not published
 * @param uncappedTotal both increments before the limit; null if either is null
 * @param total after the 20 % limit where it is computable, else {@code uncappedTotal}
 * @param limitComputable the CI cap and the limit rate are published (and the person has a cap)
 * @param effectiveCiCap CI cap plus the applied increments; null where not computable
 */
public record Incentive(
        int continuousYears,
        int zeroClaimYears,
        @Nullable Money continuousIncrement,
        @Nullable Money zeroClaimIncrement,
        @Nullable Money uncappedTotal,
        @Nullable Money total,
        boolean limitComputable,
        @Nullable Money effectiveCiCap) {}
