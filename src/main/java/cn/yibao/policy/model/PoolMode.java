package cn.yibao.policy.model;

/** Family mutual-aid modes: 共济支付 (PAY_MEDICAL), 共济缴费 (PAY_CONTRIBUTION). */
public enum PoolMode {
    PAY_MEDICAL,
    PAY_CONTRIBUTION
}
