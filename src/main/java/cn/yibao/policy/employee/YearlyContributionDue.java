package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import java.time.YearMonth;
import java.util.List;

/**
 * The person's own contribution for the contribution months of a policy year (SPEC §7, §8 C13):
 * {@code amountDue} = monthly personal share × {@code months}; the employer share is reported only.
 */
public record YearlyContributionDue(
        YearMonth firstMonth,
        int months,
        MonthlyContribution monthly,
        Money amountDue,
        @Nullable Money employerShare,
        List<Explanation> explanations) {

    public YearlyContributionDue {
        explanations = List.copyOf(explanations);
    }
}
