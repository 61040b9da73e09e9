package cn.yibao.policy.claim;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.BenefitGroup;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The person behind a claim, as the rules need them: birth date (employee outpatient age band),
 * benefit-table row (ADULT / MINOR_OR_STUDENT for residents, IN_SERVICE / RETIRED for employees
 * at settlement), assistance status (Huaihua CI special groups), registered special-disease
 * patient (employee inpatient without deductible), and the employee's own historical account
 * balance (历年账户), which pays the remaining burden first (SPEC §3.23).
 */
public record Claimant(
        LocalDate birthDate,
        BenefitGroup group,
        AssistanceStatus assistance,
        boolean specialDiseasePatient,
        Money historicalAccountBalance) {

    public Claimant {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(group, "group");
        assistance = assistance == null ? AssistanceStatus.NONE : assistance;
        historicalAccountBalance = historicalAccountBalance == null ? Money.ZERO : historicalAccountBalance;
        if (historicalAccountBalance.isNegative()) {
            throw new IllegalArgumentException("historical account balance below 0");
        }
    }
}
