package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.ContributorType;
import java.util.List;

/** One month's employee contribution (SPEC §3.12); {@code employer} is null where there is no employer share. */
public record MonthlyContribution(
        ContributorType type, Money base, Money personal, @Nullable Money employer, List<Explanation> explanations) {

    public MonthlyContribution {
        explanations = List.copyOf(explanations);
    }
}
