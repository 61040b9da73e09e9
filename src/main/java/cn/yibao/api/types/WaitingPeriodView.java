package cn.yibao.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("WaitingPeriod")
@Description("Months after enrolment in which the fund reimburses nothing (待遇等待期).")
public record WaitingPeriodView(int fixedMonths, int variableMonths, int totalMonths) {

    public static WaitingPeriodView of(int fixed, int variable) {
        return new WaitingPeriodView(fixed, variable, fixed + variable);
    }
}
