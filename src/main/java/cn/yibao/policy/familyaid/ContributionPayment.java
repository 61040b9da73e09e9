package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.PaymentChannel;
import java.time.LocalDate;

/**
 * A relative's resident contribution paid from the founder's / authoriser's historical account.
 * When refused, only {@code decision} (and the channel, if it was determined) is meaningful.
 * {@code deductionFrom}/{@code resultVisibleFrom} are the Shanghai batch dates (null in Zhejiang).
 */
public record ContributionPayment(
        FamilyAidDecision decision,
        @Nullable PaymentChannel channel,
        Payer payer,
        Money amount,
        Money balanceAfter,
        @Nullable LocalDate deductionFrom,
        @Nullable LocalDate resultVisibleFrom) {}
