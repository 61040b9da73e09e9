package cn.yibao.policy.model;

/** Assistance groups: 特困人员, 重度残疾人, 孤儿, 事实无人抚养儿童, 低保对象, 低保边缘家庭成员, 防返贫监测对象, 返贫致贫人口. */
public enum AssistanceStatus {
    NONE,
    EXTREMELY_POOR,
    SEVERELY_DISABLED,
    ORPHAN,
    UNSUPPORTED_CHILD,
    MINIMUM_LIVING,
    MINIMUM_LIVING_MARGINAL,
    POVERTY_MONITORED,
    RETURNED_TO_POVERTY
}
