package cn.yibao.policy.model;

/** How a balance must compare with an amount to pay it (P15): at least the amount, or strictly greater. */
public enum BalanceRule {
    AT_LEAST,
    GREATER_THAN
}
