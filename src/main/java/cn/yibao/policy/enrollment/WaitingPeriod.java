package cn.yibao.policy.enrollment;

/** Waiting months before benefits start (SPEC §3.3): fixed plus variable. */
public record WaitingPeriod(int fixedMonths, int variableMonths) {

    public static final WaitingPeriod NONE = new WaitingPeriod(0, 0);

    public int totalMonths() {
        return fixedMonths + variableMonths;
    }
}
