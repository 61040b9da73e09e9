package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.EmployeeStartSituation;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.EmployeePolicy.BenefitStart;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Employee benefit start and stop `[employee.start.*]` (SPEC §3.15, P7): benefits start on the
 * first day of the event month plus the situation's month offset; a FLEXIBLE first registration
 * starts the day after the first contribution arrives.
 */
public final class EmployeeBenefitStartRules {

    private EmployeeBenefitStartRules() {}

    /**
     * Benefits after {@code situation} happened in {@code eventMonth}. For ARREARS_STOP the event
     * month is the first month in arrears; for ARREARS_SHORT/LONG the month the arrears were
     * cleared. {@code firstContributionArrived} is needed for FIRST_FLEXIBLE only.
     */
    public static EmployeeBenefitChange change(
            EmployeePolicy policy,
            EmployeeStartSituation situation,
            YearMonth eventMonth,
            LocalDate firstContributionArrived) {
        Param<BenefitStart> param = policy.benefitStart();
        Integer offset = param.require("employee.start").monthOffset().get(situation);
        if (offset == null) {
            throw PolicyException.badInput("employee.start", "no benefit-start rule for " + situation);
        }
        YearMonth month = eventMonth.plusMonths(offset);
        String rule = ruleId(situation);
        boolean stop = situation == EmployeeStartSituation.STOP || situation == EmployeeStartSituation.ARREARS_STOP;
        YearMonth contributionsFrom = firstRegistration(situation) ? month : null;
        LocalDate date = month.atDay(1);
        String text = (stop ? "Benefits stop from " : "Benefits from ") + date + ": event in " + eventMonth
                + ", natural month " + (offset + 1) + " counting the event month as the first (P7)";
        if (situation == EmployeeStartSituation.FIRST_FLEXIBLE) {
            date = flexibleStart(eventMonth, firstContributionArrived);
            text = "Contributions from " + month + "; benefits from the day after the first contribution arrived ("
                    + firstContributionArrived + ")";
        }
        return new EmployeeBenefitChange(
                situation,
                rule,
                stop,
                date,
                contributionsFrom,
                gapCosts(situation),
                List.of(Explanation.note(rule, text, param.source())));
    }

    /**
     * The continuation situation from the last covered month: no gap → NORMAL / ABNORMAL by the
     * state of benefits; a gap up to the short-gap limit → SHORT_GAP; longer → LONG_GAP. The gap
     * is the months strictly between the last covered month and the continuation month.
     */
    public static EmployeeStartSituation continuation(
            EmployeePolicy policy, YearMonth lastCoveredMonth, YearMonth continuationMonth, boolean benefitsNormal) {
        long gap = Math.max(0, lastCoveredMonth.until(continuationMonth, ChronoUnit.MONTHS) - 1);
        if (gap == 0) {
            return benefitsNormal ? EmployeeStartSituation.CONTINUE_NORMAL : EmployeeStartSituation.CONTINUE_ABNORMAL;
        }
        int limit = policy.benefitStart().require("employee.continue").shortGapMaxMonths();
        return gap <= limit ? EmployeeStartSituation.CONTINUE_SHORT_GAP : EmployeeStartSituation.CONTINUE_LONG_GAP;
    }

    /** Cleared arrears: months from the first month in arrears to the clearing month, inclusive (E20 (f)). */
    public static EmployeeStartSituation arrearsCleared(
            EmployeePolicy policy, YearMonth firstMonthInArrears, YearMonth clearedIn) {
        long months = firstMonthInArrears.until(clearedIn, ChronoUnit.MONTHS) + 1;
        int limit = policy.benefitStart().require("employee.arrears").shortGapMaxMonths();
        return months <= limit ? EmployeeStartSituation.ARREARS_SHORT : EmployeeStartSituation.ARREARS_LONG;
    }

    private static LocalDate flexibleStart(YearMonth registered, LocalDate arrived) {
        if (arrived == null) {
            throw PolicyException.badInput(
                    "employee.start.flexible",
                    "a flexible worker's benefits start the day after the first contribution arrives: date needed");
        }
        if (arrived.isBefore(registered.atDay(1))) {
            throw PolicyException.badInput("employee.start.flexible", "the first contribution precedes registration");
        }
        return arrived.plusDays(1);
    }

    private static boolean firstRegistration(EmployeeStartSituation s) {
        return s == EmployeeStartSituation.FIRST_EMPLOYED || s == EmployeeStartSituation.FIRST_FLEXIBLE;
    }

    private static GapCosts gapCosts(EmployeeStartSituation s) {
        return switch (s) {
            case CONTINUE_SHORT_GAP -> GapCosts.CLAIMABLE_AFTER_BACK_PAY;
            case ARREARS_SHORT -> GapCosts.CLAIMABLE_MANUALLY;
            case ARREARS_LONG -> GapCosts.BORNE_BY_PERSON;
            default -> GapCosts.NONE;
        };
    }

    static String ruleId(EmployeeStartSituation s) {
        return switch (s) {
            case FIRST_EMPLOYED -> "employee.start.first";
            case FIRST_FLEXIBLE -> "employee.start.flexible";
            case CONTINUE_NORMAL -> "employee.continue.normal";
            case CONTINUE_ABNORMAL -> "employee.continue.abnormal";
            case CONTINUE_SHORT_GAP -> "employee.continue.short-gap";
            case CONTINUE_LONG_GAP -> "employee.continue.long-gap";
            case FROM_RESIDENT_EMPLOYED, FROM_RESIDENT_FLEXIBLE -> "employee.from-resident";
            case STOP -> "employee.stop";
            case ARREARS_STOP -> "employee.arrears";
            case ARREARS_SHORT -> "employee.arrears.short";
            case ARREARS_LONG -> "employee.arrears.long";
        };
    }
}
