package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.EmployeePolicy.AccountCredits;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Employee personal-account credits `[account.*]` (SPEC §3.13, P9, P17): flexible workers and the
 * unemployed use the in-service rates; the age band is the age at the end of the month.
 */
public final class AccountCreditRules {

    private AccountCreditRules() {}

    /** Completed years at the last day of {@code month} (P17). */
    public static int ageAtEndOfMonth(LocalDate birthDate, YearMonth month) {
        return Period.between(birthDate, month.atEndOfMonth()).getYears();
    }

    /** `[account.monthly]` the credit of one month for a status, age and contribution base. */
    public static AccountCredit monthly(EmployeePolicy policy, EmploymentStatus status, int age, Money base) {
        Param<AccountCredits> param = policy.accountCredits();
        AccountCredits t = param.require("account.monthly");
        Explanation line;
        if (status == EmploymentStatus.RETIRED) {
            boolean young = age < t.retiredAgeThreshold();
            Money amount = young ? t.retiredYoungMonthly() : t.retiredOlderMonthly();
            line = new Explanation(
                    "account.monthly",
                    null,
                    "Retired, age " + age + (young ? " under " : " at or over ") + t.retiredAgeThreshold()
                            + ": fixed monthly credit",
                    null,
                    null,
                    amount,
                    param.source());
            return new AccountCredit("account.monthly", 1, amount, amount, List.of(line));
        }
        if (status == EmploymentStatus.NONE || status == null) {
            throw PolicyException.badInput("account.monthly", "no account credit without an employee status");
        }
        if (base == null) {
            throw PolicyException.badInput("account.monthly", "an in-service credit needs the contribution base");
        }
        boolean young = age < t.inServiceAgeThreshold();
        Rate rate = young ? t.inServiceYoungRate() : t.inServiceOlderRate();
        Money amount = base.times(rate, RoundingMode.HALF_UP);
        line = new Explanation(
                "account.monthly",
                null,
                status + " (in-service rates), age " + age + (young ? " under " : " at or over ")
                        + t.inServiceAgeThreshold() + ": base × rate",
                base,
                rate,
                amount,
                param.source());
        return new AccountCredit("account.monthly", 1, amount, amount, List.of(line));
    }

    /**
     * `[account.pre-credit]` on the first day of the year: a full year at the status and base of
     * the December before, age at 31 December before the year.
     */
    public static AccountCredit preCredit(
            EmployeePolicy policy, EmploymentStatus decemberStatus, LocalDate birthDate, Money decemberBase) {
        YearMonth december = firstMonth(policy).minusMonths(1);
        AccountCredit m = monthly(policy, decemberStatus, ageAtEndOfMonth(birthDate, december), decemberBase);
        return times(
                "account.pre-credit",
                monthsInYear(policy),
                m,
                "Pre-credit on " + firstMonth(policy).atDay(1) + ": months of the year at the " + december
                        + " status, base and age",
                policy);
    }

    /**
     * `[account.mid-year]` new or resumed enrolment in {@code month}: credited at once for the
     * months after it to the year end, at that month's status, base and age.
     */
    public static AccountCredit newOrResumed(
            EmployeePolicy policy, YearMonth month, EmploymentStatus status, LocalDate birthDate, Money base) {
        int months = monthsAfter(policy, month);
        AccountCredit m = monthly(policy, status, ageAtEndOfMonth(birthDate, month), base);
        return times(
                "account.mid-year",
                months,
                m,
                "Enrolled in " + month + ": credited at once for the " + months + " months after it to the year end",
                policy);
    }

    /** `[account.stop]` interruption in {@code month}: the pre-credits of the months after it are taken back. */
    public static AccountCredit interruption(EmployeePolicy policy, YearMonth month, Money creditedMonthly) {
        int months = monthsAfter(policy, month);
        Money back = creditedMonthly.times(months);
        Explanation line = new Explanation(
                "account.stop",
                null,
                "Interrupted in " + month + ": take back " + months + " × " + creditedMonthly
                        + " pre-credited for the months after it",
                creditedMonthly,
                null,
                back,
                policy.accountCredits().source());
        return new AccountCredit("account.stop", months, creditedMonthly, back, List.of(line));
    }

    /**
     * `[account.reconcile]` on the last day of the year: Σ of each actual contribution month's
     * credit − what was credited. Positive: to credit; negative: to take back.
     */
    public static AccountCredit reconcile(
            EmployeePolicy policy, LocalDate birthDate, List<AccountMonth> months, Money alreadyCredited) {
        Money due = Money.ZERO;
        List<Explanation> lines = new ArrayList<>(months.size() + 1);
        for (AccountMonth m : months) {
            AccountCredit c = monthly(policy, m.status(), ageAtEndOfMonth(birthDate, m.month()), m.base());
            due = due.plus(c.amount());
            Explanation e = c.explanations().get(0);
            lines.add(new Explanation(
                    "account.reconcile",
                    null,
                    m.month() + ": " + e.text(),
                    e.base(),
                    e.rate(),
                    e.amount(),
                    e.source()));
        }
        Money difference = due.minus(alreadyCredited);
        lines.add(new Explanation(
                "account.reconcile",
                null,
                "Year-end reconciliation: " + due + " due for " + months.size() + " months − " + alreadyCredited
                        + " credited",
                due,
                null,
                difference,
                policy.accountCredits().source()));
        return new AccountCredit("account.reconcile", months.size(), null, difference, lines);
    }

    private static AccountCredit times(String rule, int months, AccountCredit monthly, String text, EmployeePolicy p) {
        Money amount = monthly.monthly().times(months);
        List<Explanation> lines = new ArrayList<>(monthly.explanations());
        lines.add(new Explanation(
                rule,
                null,
                text + " = " + months + " × " + monthly.monthly(),
                monthly.monthly(),
                null,
                amount,
                p.accountCredits().source()));
        return new AccountCredit(rule, months, monthly.monthly(), amount, lines);
    }

    private static YearMonth firstMonth(EmployeePolicy p) {
        return YearMonth.from(p.yearStart().require("account.year"));
    }

    private static YearMonth lastMonth(EmployeePolicy p) {
        return YearMonth.from(p.yearEnd().require("account.year"));
    }

    private static int monthsInYear(EmployeePolicy p) {
        return (int) firstMonth(p).until(lastMonth(p), ChronoUnit.MONTHS) + 1;
    }

    /** Months after {@code month} to the year end: (12 − m) for a calendar policy year. */
    private static int monthsAfter(EmployeePolicy p, YearMonth month) {
        if (month.isBefore(firstMonth(p)) || month.isAfter(lastMonth(p))) {
            throw PolicyException.badInput("account.month", month + " is outside the policy year " + p.year());
        }
        return (int) month.until(lastMonth(p), ChronoUnit.MONTHS);
    }
}
