package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.EmployeeStartSituation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * When employee benefits start (or, for {@code stop}, stop) after an enrolment event
 * (SPEC §3.15). {@code contributionsFrom} is set for a first registration (§8 C13).
 */
public record EmployeeBenefitChange(
        EmployeeStartSituation situation,
        String rule,
        boolean stop,
        LocalDate date,
        @Nullable YearMonth contributionsFrom,
        GapCosts gapCosts,
        List<Explanation> explanations) {

    public EmployeeBenefitChange {
        explanations = List.copyOf(explanations);
    }
}
