package cn.yibao.policy.claim;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The six layers of one claim (SPEC §3.0.5) in paying order, the layers that could not be computed
 * (their amount is 0 and {@code personal} is then an upper bound), the explanation lines and the
 * accumulators after the claim. {@code personalAccount} = current-year account + {@code
 * historicalAccountUsed}; {@code familyPool} = {@code poolUsed}.
 *
 * <p>Invariants (checked on construction): every layer ≥ 0 and the six add up to {@code totalCost}.
 */
public record Adjudication(
        Money personalAccount,
        Money basic,
        Money criticalIllness,
        Money supplementary,
        Money familyPool,
        Money personal,
        Set<Layer> incomplete,
        List<Explanation> lines,
        YearToDate after,
        Money historicalAccountUsed,
        Money poolUsed,
        Money totalCost) {

    public Adjudication {
        Objects.requireNonNull(after, "after");
        incomplete = incomplete.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(incomplete));
        lines = Collections.unmodifiableList(lines);
        Money sum = Money.ZERO;
        for (Money m : new Money[] {personalAccount, basic, criticalIllness, supplementary, familyPool, personal}) {
            if (m.isNegative()) {
                throw new IllegalStateException("negative layer amount " + m + " (SPEC §3.0.5 invariant)");
            }
            sum = sum.plus(m);
        }
        if (sum.compareTo(totalCost) != 0) {
            throw new IllegalStateException("layers add up to " + sum + ", not the total cost " + totalCost);
        }
    }

    public Money amount(Layer layer) {
        return switch (layer) {
            case PERSONAL_ACCOUNT -> personalAccount;
            case BASIC -> basic;
            case CRITICAL_ILLNESS -> criticalIllness;
            case SUPPLEMENTARY -> supplementary;
            case FAMILY_POOL -> familyPool;
            case PERSONAL -> personal;
        };
    }

    public boolean complete() {
        return incomplete.isEmpty();
    }

    /** What the insurance funds paid: basic + CI + supplementary. */
    public Money insurancePaid() {
        return basic.plus(criticalIllness).plus(supplementary);
    }
}
