package cn.yibao.policy.model;

/** Huaihua primary-level outpatient programmes ①–③ (普通门诊, 高血压, 糖尿病). */
public enum OutpatientProgram {
    GENERAL,
    HYPERTENSION,
    DIABETES
}
