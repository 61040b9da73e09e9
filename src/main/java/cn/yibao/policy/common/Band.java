package cn.yibao.policy.common;

import java.math.BigDecimal;
import java.util.Objects;

/** The part of a cumulative amount above {@code from} and up to {@code to} (null = no upper bound), paid at {@code rate}. */
public record Band(BigDecimal from, @Nullable BigDecimal to, Rate rate) {

    public Band {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
        if (from.signum() < 0) {
            throw new IllegalArgumentException("band starts below 0: " + from);
        }
        if (to != null && to.compareTo(from) <= 0) {
            throw new IllegalArgumentException("band bounds out of order: " + from + " – " + to);
        }
    }

    public boolean open() {
        return to == null;
    }

    /** Length of [lo, hi) ∩ this band, never negative. */
    public BigDecimal overlap(BigDecimal lo, BigDecimal hi) {
        BigDecimal top = to == null ? hi : hi.min(to);
        BigDecimal bottom = lo.max(from);
        BigDecimal len = top.subtract(bottom);
        return len.signum() > 0 ? len : BigDecimal.ZERO;
    }

    public String label() {
        return from.toPlainString() + "–" + (to == null ? "∞" : to.toPlainString());
    }
}
