package cn.yibao.policy.model;

/** Huaihua maternity allowances: 产前检查补助, 平产补助, 剖宫产补助 (SPEC §3.11). */
public enum MaternityEvent {
    PRENATAL_CHECK,
    NATURAL_DELIVERY,
    CESAREAN
}
