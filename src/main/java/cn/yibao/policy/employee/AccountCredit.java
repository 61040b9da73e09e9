package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import java.util.List;

/**
 * A personal-account credit (or take-back) of {@code months} × {@code monthly}. {@code amount} is
 * positive for a credit; for a take-back it is the amount taken back; for a reconciliation it is
 * the signed difference to credit (negative: to take back).
 */
public record AccountCredit(String rule, int months, Money monthly, Money amount, List<Explanation> explanations) {

    public AccountCredit {
        explanations = List.copyOf(explanations);
    }
}
