package cn.yibao.policy.model;

/** Hospital level: 社区/基层, 一级, 二级, 三级, 省部属. */
public enum HospitalLevel {
    COMMUNITY,
    LEVEL_1,
    LEVEL_2,
    LEVEL_3,
    PROVINCIAL
}
