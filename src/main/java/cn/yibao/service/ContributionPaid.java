package cn.yibao.service;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.PaymentChannel;
import java.time.LocalDate;
import java.util.List;

/**
 * A contribution the pool paid: the tax channel, the ledger entry group of the movement, the
 * founder's balance after it, Shanghai's batch dates (null in Zhejiang) and the rules' lines
 * (empty when the result is a replay of the same idempotency key).
 */
public record ContributionPaid(
        PaymentChannel channel,
        long entryGroup,
        Money amount,
        Money fundBalanceAfter,
        LocalDate deductionFrom,
        LocalDate resultVisibleFrom,
        List<Explanation> explanations) {

    public ContributionPaid {
        explanations = List.copyOf(explanations);
    }
}
