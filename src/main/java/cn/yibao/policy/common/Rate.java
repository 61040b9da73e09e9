package cn.yibao.policy.common;

import java.math.BigDecimal;
import java.util.Objects;

/** A ratio between 0 and 1 inclusive, exact (70 % = {@code 0.70}). */
public record Rate(BigDecimal value) implements Comparable<Rate> {

    public static final Rate ZERO = new Rate(BigDecimal.ZERO);
    public static final Rate ONE = new Rate(BigDecimal.ONE);

    public Rate {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rate outside 0–1: " + value.toPlainString());
        }
    }

    public static Rate of(String value) {
        return new Rate(new BigDecimal(value));
    }

    /** This rate lowered by {@code points} (e.g. 0.10 for 10 pp), never below 0. */
    public Rate minus(Rate points) {
        BigDecimal v = value.subtract(points.value);
        return new Rate(v.signum() < 0 ? BigDecimal.ZERO : v);
    }

    public Rate plus(Rate points) {
        return new Rate(value.add(points.value));
    }

    public Rate complement() {
        return new Rate(BigDecimal.ONE.subtract(value));
    }

    @Override
    public int compareTo(Rate o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
