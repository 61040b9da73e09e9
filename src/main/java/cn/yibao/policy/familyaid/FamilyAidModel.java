package cn.yibao.policy.familyaid;

/** The two family mutual-aid models (SPEC §7): Zhejiang authorisation (§3.21), Shanghai network (§3.22). */
public enum FamilyAidModel {
    AUTHORISATION,
    NETWORK
}
