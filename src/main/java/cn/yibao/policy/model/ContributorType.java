package cn.yibao.policy.model;

/** Employee contribution rows of seed 004 (二): employees, flexible workers, unemployed and retiree-extension payers. */
public enum ContributorType {
    EMPLOYED,
    FLEXIBLE,
    UNEMPLOYED,
    RETIREE_EXTENSION
}
