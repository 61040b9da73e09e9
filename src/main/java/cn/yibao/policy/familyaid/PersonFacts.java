package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import java.util.Objects;

/**
 * What the family mutual-aid rules need to know about a person: where and in which scheme the
 * person is insured ({@code scheme} null = not insured), the employee historical-account balance
 * and whether the account is usable normally, and the network or binding the person belongs to
 * now (as founder/authoriser or member/relative; null = none).
 */
public record PersonFacts(
        String id,
        @Nullable Region region,
        @Nullable Scheme scheme,
        Money historicalBalance,
        boolean accountUsable,
        @Nullable String networkId) {

    public PersonFacts {
        Objects.requireNonNull(id, "id");
        historicalBalance = historicalBalance == null ? Money.ZERO : historicalBalance;
    }

    public boolean insured() {
        return scheme != null && region != null;
    }

    public PersonFacts withBalance(Money balance) {
        return new PersonFacts(id, region, scheme, balance, accountUsable, networkId);
    }

    public PersonFacts inNetwork(String network) {
        return new PersonFacts(id, region, scheme, historicalBalance, accountUsable, network);
    }
}
