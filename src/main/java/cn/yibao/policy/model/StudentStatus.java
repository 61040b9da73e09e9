package cn.yibao.policy.model;

/** School registration (学籍); overrides the age category. */
public enum StudentStatus {
    NONE,
    PRIMARY_SECONDARY,
    COLLEGE
}
