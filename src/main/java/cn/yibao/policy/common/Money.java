package cn.yibao.policy.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in yuan at fen precision (scale 2). Sub-fen values are rejected: a computation that
 * produces them must round explicitly with {@link #rounded(BigDecimal, RoundingMode)}.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.scale() != 2) {
            try {
                yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("amount has more than two decimals: " + yuan.toPlainString());
            }
        }
    }

    public static Money of(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money of(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    /** Rounds an exact intermediate value once, to fen (D1: HALF_UP for every layer amount). */
    public static Money rounded(BigDecimal exact, RoundingMode mode) {
        return new Money(exact.setScale(2, mode));
    }

    public static Money roundHalfUp(BigDecimal exact) {
        return rounded(exact, RoundingMode.HALF_UP);
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    /** The exact product, not rounded: callers round once at the end (D1). */
    public BigDecimal timesExact(Rate rate) {
        return yuan.multiply(rate.value());
    }

    public Money times(Rate rate, RoundingMode mode) {
        return rounded(timesExact(rate), mode);
    }

    public Money times(int n) {
        return new Money(yuan.multiply(BigDecimal.valueOf(n)));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** max(this, 0). */
    public Money positivePart() {
        return signum() < 0 ? ZERO : this;
    }

    public int signum() {
        return yuan.signum();
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public boolean isPositive() {
        return yuan.signum() > 0;
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money o) {
        return yuan.compareTo(o.yuan);
    }

    /** Plain decimal with two places, e.g. {@code 1234.50}. */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
