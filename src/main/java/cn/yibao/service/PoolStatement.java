package cn.yibao.service;

import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.PoolAccount;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.PaymentChannel;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One page of a network's ledger statement, newest movement first. */
public record PoolStatement(List<Movement> movements, boolean hasNextPage, String endCursor) {

    public PoolStatement {
        movements = List.copyOf(movements);
    }

    /** A movement: what the pool paid for whom, the founder's balance after it, and its two entries. */
    public record Movement(
            long entryGroup,
            String cursor,
            PoolAccount paidTo,
            PersonEntity beneficiary,
            Money amount,
            Money fundBalanceAfter,
            Integer contributionYear,
            PaymentChannel channel,
            LocalDate businessDate,
            String reason,
            String rule,
            OffsetDateTime recordedAt,
            List<Entry> entries) {

        public Movement {
            entries = List.copyOf(entries);
        }
    }

    public record Entry(PoolAccount account, Money amount) {}
}
