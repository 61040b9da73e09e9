package cn.yibao.service;

import cn.yibao.persistence.PersonEntity;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.employee.AccountCredit;
import cn.yibao.policy.employee.AccountCreditRules;
import cn.yibao.policy.employee.EmployeeBenefitChange;
import cn.yibao.policy.employee.EmployeeBenefitStartRules;
import cn.yibao.policy.employee.EmployeeContributionRules;
import cn.yibao.policy.employee.YearlyContributionDue;
import cn.yibao.policy.model.ContributorType;
import cn.yibao.policy.model.EmployeeStartSituation;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.parameters.EmployeePolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An employee's enrollment for a year (SPEC §3.12–§3.15, §7, C13): when benefits start, the
 * person's own yearly contribution, and the current-year account credited at enrollment.
 */
final class EmployeeEnrollment {

    private EmployeeEnrollment() {}

    /** {@code employeeLastYear}: employee-insured in the year before (continuous coverage, §7). */
    static EnrollmentDecision decide(
            EmployeePolicy terms,
            PersonEntity person,
            LocalDate paymentDate,
            boolean employeeLastYear,
            boolean residentLastYear) {
        EmploymentStatus status = person.employment;
        if (status == null || status == EmploymentStatus.NONE) {
            throw PolicyException.badInput("employee.status", "employee insurance needs an employment status");
        }
        LocalDate yearStart = terms.yearStart().require("employee.start");
        if (paymentDate.isBefore(yearStart.minusYears(1))
                || paymentDate.isAfter(terms.yearEnd().require("employee.start"))) {
            throw PolicyException.badInput(
                    "employee.start", "the registration date must fall in or just before the policy year");
        }
        boolean continuing = employeeLastYear && !paymentDate.isAfter(yearStart);
        YearMonth month = continuing ? YearMonth.from(yearStart) : YearMonth.from(paymentDate);
        EmployeeBenefitChange start = continuing
                ? EmployeeBenefitStartRules.change(terms, EmployeeStartSituation.CONTINUE_NORMAL, month, null)
                : EmployeeBenefitStartRules.change(
                        terms, situation(terms, status, month, employeeLastYear, residentLastYear), month, paymentDate);
        List<Explanation> lines = new ArrayList<>(start.explanations());
        Money due = Money.ZERO;
        if (status != EmploymentStatus.RETIRED) {
            YearMonth from = start.contributionsFrom() != null ? start.contributionsFrom() : month;
            YearlyContributionDue d =
                    EmployeeContributionRules.amountDue(terms, type(status), base(person, status), from);
            due = d.amountDue();
            lines.addAll(d.explanations());
        }
        Money accountBase = status == EmploymentStatus.RETIRED
                ? Money.ZERO
                : EmployeeContributionRules.monthly(terms, type(status), base(person, status))
                        .base();
        AccountCredit credit = continuing
                ? AccountCreditRules.preCredit(terms, status, person.birthDate, accountBase)
                : AccountCreditRules.newOrResumed(terms, month, status, person.birthDate, accountBase);
        lines.addAll(credit.explanations());
        LocalDate benefitsStart = start.date().isBefore(yearStart) ? yearStart : start.date();
        return new EnrollmentDecision(
                null,
                due,
                PaymentChannel.DIRECT,
                true,
                0,
                0,
                benefitsStart,
                terms.yearEnd().require("employee.start"),
                0,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                null,
                terms.projected(),
                credit.amount(),
                lines);
    }

    private static EmployeeStartSituation situation(
            EmployeePolicy terms,
            EmploymentStatus s,
            YearMonth month,
            boolean employeeLastYear,
            boolean residentLastYear) {
        boolean flexible = s == EmploymentStatus.FLEXIBLE;
        if (employeeLastYear) {
            // Covered to the December before: a continuation after the months in between (§3.15).
            return EmployeeBenefitStartRules.continuation(
                    terms,
                    YearMonth.from(terms.yearStart().require("employee.start")).minusMonths(1),
                    month,
                    true);
        }
        if (residentLastYear) {
            return flexible
                    ? EmployeeStartSituation.FROM_RESIDENT_FLEXIBLE
                    : EmployeeStartSituation.FROM_RESIDENT_EMPLOYED;
        }
        return flexible ? EmployeeStartSituation.FIRST_FLEXIBLE : EmployeeStartSituation.FIRST_EMPLOYED;
    }

    private static ContributorType type(EmploymentStatus s) {
        return switch (s) {
            case EMPLOYED -> ContributorType.EMPLOYED;
            case FLEXIBLE -> ContributorType.FLEXIBLE;
            case UNEMPLOYED -> ContributorType.UNEMPLOYED;
            default -> throw PolicyException.badInput("employee.contribution", "no contribution row for " + s);
        };
    }

    private static Money base(PersonEntity p, EmploymentStatus s) {
        if (s == EmploymentStatus.EMPLOYED && p.monthlyContributionBase == null) {
            throw PolicyException.badInput(
                    "employee.contribution",
                    "an employed person needs monthlyContributionBase (last year's average wage)");
        }
        return p.monthlyContributionBase == null ? Money.ZERO : p.monthlyContributionBase;
    }
}
