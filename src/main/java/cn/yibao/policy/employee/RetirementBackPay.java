package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import java.util.List;

/**
 * The lump-sum back-pay for missing minimum years (SPEC §3.14). {@code branch} is the rule applied
 * (OLD, NEW, or the cheaper branch of a TRANSITION); the shortfalls of both branches are shown
 * where computed (null when the branch does not apply).
 */
public record RetirementBackPay(
        Branch branch,
        boolean transition,
        @Nullable Integer oldShortfallMonths,
        @Nullable Integer newShortfallMonths,
        int shortfallMonths,
        Money amount,
        List<Explanation> explanations) {

    public enum Branch {
        OLD,
        NEW
    }

    public RetirementBackPay {
        explanations = List.copyOf(explanations);
    }
}
