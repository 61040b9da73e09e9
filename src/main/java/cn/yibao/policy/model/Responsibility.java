package cn.yibao.policy.model;

/** The four covers of 天一甬宁保 (责任一…责任四, SPEC §3.10). */
public enum Responsibility {
    R1,
    R2,
    R3,
    R4
}
