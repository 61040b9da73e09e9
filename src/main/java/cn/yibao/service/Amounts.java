package cn.yibao.service;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import java.math.BigDecimal;

/** Amounts as they arrive from clients: at least 0, at most two decimals, at most 12 integer digits. */
public final class Amounts {

    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {}

    /** Null stays null; anything else must be a valid amount, or BAD_USER_INPUT naming the field. */
    public static Money optional(BigDecimal value, String field) {
        return value == null ? null : required(value, field);
    }

    public static Money required(BigDecimal value, String field) {
        if (value == null) {
            throw PolicyException.badInput("input.amount", field + " is required");
        }
        if (value.signum() < 0) {
            throw PolicyException.badInput("input.amount", field + " must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw PolicyException.badInput("input.amount", field + " has more than two decimals");
        }
        if (value.compareTo(MAX) > 0) {
            throw PolicyException.badInput("input.amount", field + " is too large");
        }
        return new Money(value.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}
