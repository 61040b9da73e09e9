package cn.yibao.policy.model;

/** Where a relative or member must be insured, relative to the rule's region. */
public enum Scope {
    REGION,
    PROVINCE
}
