package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.model.ContributorType;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.EmployeePolicy.Rates;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Employee contributions `[employee.contribution.*]` (SPEC §3.12, P20, §8 C13). */
public final class EmployeeContributionRules {

    private EmployeeContributionRules() {}

    /**
     * The monthly personal and employer contribution. {@code lastYearAverageMonthlyWage} is needed
     * for EMPLOYED only (clamped to the published floor and ceiling); the other types pay on the
     * individual base.
     */
    public static MonthlyContribution monthly(
            EmployeePolicy policy, ContributorType type, Money lastYearAverageMonthlyWage) {
        EmployeePolicy.Contribution c = policy.contribution();
        Param<Rates> ratesParam = c.rates().get(type);
        if (ratesParam == null) {
            throw PolicyException.badInput("employee.contribution.type", "no contribution row for " + type);
        }
        Rates rates = ratesParam.require("employee.contribution.rates");
        List<Explanation> lines = new ArrayList<>(3);
        Money base = type == ContributorType.EMPLOYED
                ? employedBase(c, lastYearAverageMonthlyWage, lines)
                : individualBase(c, type, lines);
        Money personal = base.times(rates.personal(), RoundingMode.HALF_UP);
        lines.add(line(
                "employee.contribution.personal",
                "Personal share per month",
                base,
                rates.personal(),
                personal,
                ratesParam));
        Money employer = null;
        if (rates.employer() != null) {
            employer = base.times(rates.employer(), RoundingMode.HALF_UP);
            lines.add(line(
                    "employee.contribution.employer",
                    "Employer share per month (includes critical illness " + rates.criticalIllnessShare()
                            + " and maternity " + rates.maternityShare() + ")",
                    base,
                    rates.employer(),
                    employer,
                    ratesParam));
        }
        return new MonthlyContribution(type, base, personal, employer, lines);
    }

    /**
     * C13: the person's own yearly amount = monthly personal share × the contribution months from
     * {@code firstContributionMonth} (January for a continuing contributor; §3.15 for a new one)
     * to the end of the policy year. The employer share is reported in the explanation only.
     */
    public static YearlyContributionDue amountDue(
            EmployeePolicy policy,
            ContributorType type,
            Money lastYearAverageMonthlyWage,
            YearMonth firstContributionMonth) {
        YearMonth first = YearMonth.from(policy.yearStart().require("employee.contribution.due"));
        YearMonth last = YearMonth.from(policy.yearEnd().require("employee.contribution.due"));
        if (firstContributionMonth.isBefore(first) || firstContributionMonth.isAfter(last)) {
            throw PolicyException.badInput(
                    "employee.contribution.due",
                    "contributions must start inside the policy year " + first + " – " + last);
        }
        int months = (int) firstContributionMonth.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        MonthlyContribution monthly = monthly(policy, type, lastYearAverageMonthlyWage);
        List<Explanation> lines = new ArrayList<>(monthly.explanations());
        Money due = monthly.personal().times(months);
        lines.add(new Explanation(
                "employee.contribution.due",
                null,
                "Own contribution for " + months + " months (" + firstContributionMonth + " – " + last + ") = " + months
                        + " × " + monthly.personal(),
                monthly.personal(),
                null,
                due,
                policy.yearEnd().source()));
        Money employerShare = null;
        if (monthly.employer() != null) {
            employerShare = monthly.employer().times(months);
            lines.add(new Explanation(
                    "employee.contribution.employer-share",
                    null,
                    "Employer pays " + months + " × " + monthly.employer()
                            + " for the same months (not part of amountDue)",
                    monthly.employer(),
                    null,
                    employerShare,
                    policy.yearEnd().source()));
        }
        return new YearlyContributionDue(firstContributionMonth, months, monthly, due, employerShare, lines);
    }

    private static Money employedBase(EmployeePolicy.Contribution c, Money wage, List<Explanation> lines) {
        if (wage == null || wage.isNegative()) {
            throw PolicyException.badInput(
                    "employee.contribution.base", "an employed contributor needs last year's average monthly wage");
        }
        Money floor = c.baseFloor().require("employee.contribution.base");
        Money ceiling = c.baseCeiling().require("employee.contribution.base");
        Money base = wage.max(floor).min(ceiling);
        String why = base.equals(wage)
                ? "within floor and ceiling"
                : base.equals(floor) ? "raised to the floor " + floor : "lowered to the ceiling " + ceiling;
        lines.add(new Explanation(
                "employee.contribution.base",
                null,
                "Base = last year's average monthly wage " + wage + ", " + why,
                wage,
                null,
                base,
                (base.equals(ceiling) ? c.baseCeiling() : c.baseFloor()).source()));
        return base;
    }

    private static Money individualBase(EmployeePolicy.Contribution c, ContributorType type, List<Explanation> lines) {
        Money base = c.individualBase().require("employee.contribution.base");
        lines.add(new Explanation(
                "employee.contribution.base",
                null,
                "Base of " + type + " contributors = the individual monthly base",
                base,
                null,
                base,
                c.individualBase().source()));
        return base;
    }

    private static Explanation line(String rule, String text, Money base, Rate rate, Money amount, Param<?> p) {
        return new Explanation(rule, null, text, base, rate, amount, p.source());
    }
}
