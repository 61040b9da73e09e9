package cn.yibao.policy.model;

/** 天一甬宁保 premium rows (SPEC §8 C12). */
public enum PremiumGroup {
    ADULT,
    MINOR_OR_STUDENT
}
