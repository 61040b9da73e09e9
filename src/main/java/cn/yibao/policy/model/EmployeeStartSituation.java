package cn.yibao.policy.model;

/** Employee enrolment events of seed 004 (六) that decide when benefits start or stop (SPEC §3.15). */
public enum EmployeeStartSituation {
    FIRST_EMPLOYED,
    FIRST_FLEXIBLE,
    CONTINUE_NORMAL,
    CONTINUE_ABNORMAL,
    CONTINUE_SHORT_GAP,
    CONTINUE_LONG_GAP,
    FROM_RESIDENT_EMPLOYED,
    FROM_RESIDENT_FLEXIBLE,
    STOP,
    ARREARS_STOP,
    ARREARS_SHORT,
    ARREARS_LONG
}
