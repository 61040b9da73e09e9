package cn.yibao.policy.model;

/** Who pays a resident contribution. */
public enum Payer {
    SELF,
    FAMILY_POOL,
    SCHOOL
}
