package cn.yibao.policy.claim;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.Source;
import java.util.List;

/**
 * Paying the remaining burden R after the insurance layers (SPEC §3.23, P15): the person's own
 * historical account first, then the family pool / authoriser balance made available, then cash.
 * Balances never go below 0.
 */
public record RemainingBurden(Money ownAccount, Money pool, Money personal) {

    public static RemainingBurden split(Money remaining, Money ownBalance, @Nullable Money poolAvailable) {
        Money own = remaining.min(ownBalance).positivePart();
        Money rest = remaining.minus(own);
        Money pool =
                poolAvailable == null ? Money.ZERO : rest.min(poolAvailable).positivePart();
        return new RemainingBurden(own, pool, rest.minus(pool));
    }

    /** The explanation lines of the non-zero parts, in paying order. */
    void explain(Money remaining, Source source, Source personalSource, List<Explanation> lines) {
        if (ownAccount.isPositive()) {
            lines.add(new Explanation(
                    "family-pool.own-account",
                    Layer.PERSONAL_ACCOUNT,
                    "Own historical account pays first: " + ownAccount + " of the remaining burden " + remaining,
                    remaining,
                    null,
                    ownAccount,
                    source));
        }
        if (pool.isPositive()) {
            lines.add(new Explanation(
                    "family-pool.pool",
                    Layer.FAMILY_POOL,
                    "Family pool / authoriser account pays " + pool + " of the remaining "
                            + remaining.minus(ownAccount),
                    remaining.minus(ownAccount),
                    null,
                    pool,
                    source));
        }
        lines.add(new Explanation(
                "personal",
                Layer.PERSONAL,
                "Personal: the total cost less every layer above",
                remaining,
                null,
                personal,
                personalSource));
    }
}
