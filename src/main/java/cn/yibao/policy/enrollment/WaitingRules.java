package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.time.LocalDate;
import java.util.List;

/** Resident waiting period and benefit dates (SPEC §3.3 with D5, D6, C11, C14, P6). */
public final class WaitingRules {

    private WaitingRules() {}

    public static BenefitDates dates(EnrollmentQuoteRequest r, boolean inWindow, NewbornStatus newborn) {
        return dates(r, inWindow, newborn, Lines.discard(r.terms()));
    }

    static BenefitDates dates(EnrollmentQuoteRequest r, boolean inWindow, NewbornStatus newborn, Lines out) {
        ResidentPolicy t = r.terms();
        ResidentPolicy.Waiting w = t.waiting();
        LocalDate start = periodStart(r);
        Source startSource = startSource(r);
        int fixed = w.fixedMonths().require("waiting.fixed");
        if (newborn.within()) {
            LocalDate from = max(r.birthDate(), start);
            out.note(
                    "waiting.newborn",
                    "newborn paid within its days of birth: no waiting period, benefits from " + from,
                    t.newbornEnrolWithinDays().source());
            return finish(r, WaitingPeriod.NONE, 0, from, startSource, out);
        }
        if (newborn == NewbornStatus.AFTER_90_DAYS) {
            out.note(
                    "waiting.newborn",
                    "newborn paid after its days of birth: out-of-window rules, " + fixed
                            + " fixed months and no variable months (D6)",
                    t.newbornEnrolWithinDays().source());
            return waitFrom(r, new WaitingPeriod(fixed, 0), 0, start, startSource, out);
        }
        Param<List<AssistanceStatus>> exempt = w.exemptAssistance();
        if (exempt.require("waiting.exempt").contains(r.assistanceStatus())) {
            out.note("waiting.exempt", r.assistanceStatus() + " is exempt from waiting periods (P6)", exempt.source());
            return finish(r, WaitingPeriod.NONE, 0, max(r.paymentDate(), start), startSource, out);
        }
        int g = GapYears.count(r);
        if (inWindow && g == 0 && GapYears.continuousAsRequired(r)) {
            out.note(
                    "waiting.none",
                    "paid in the window and enrolled without a break: no waiting period",
                    w.fixedMonths().source());
            return finish(r, WaitingPeriod.NONE, 0, start, startSource, out);
        }
        out.note(
                "waiting.fixed",
                fixed + " fixed months: " + (inWindow ? "not continuously enrolled" : "paid out of window"),
                w.fixedMonths().source());
        return waitFrom(r, new WaitingPeriod(fixed, variableMonths(r, g, fixed, out)), g, start, startSource, out);
    }

    /** D5: one month per gap year, less repaired years, raised to the floor after a long break. */
    private static int variableMonths(EnrollmentQuoteRequest r, int g, int fixed, Lines out) {
        ResidentPolicy.Waiting w = r.terms().waiting();
        int perGap = w.monthsPerGapYear().require("waiting.variable");
        int repaired = Math.min(r.backPaidYears(), g);
        int removed = Math.min(repaired * w.repairMonthsPerYear().require("waiting.repair"), g * perGap);
        if (repaired > 0) {
            out.note(
                    "waiting.repair",
                    repaired + " back-paid gap years remove " + removed + " variable months",
                    w.repairMonthsPerYear().source());
        }
        int variable = g * perGap - removed;
        out.note(
                "waiting.variable",
                g + " gap years counted from " + w.gapsCountFrom().orNull() + " give " + variable
                        + " variable months after repair",
                w.monthsPerGapYear().source());
        int floorGaps = w.floorGapYears().require("waiting.floor");
        int floorTotal = w.floorTotalMonths().require("waiting.floor");
        if (g >= floorGaps && fixed + variable < floorTotal) {
            variable = floorTotal - fixed;
            out.note(
                    "waiting.floor",
                    "a break of " + g + " years: at least " + floorTotal + " months in all, variable " + variable,
                    w.floorTotalMonths().source());
        }
        return variable;
    }

    private static BenefitDates waitFrom(
            EnrollmentQuoteRequest r, WaitingPeriod wait, int g, LocalDate start, Source startSource, Lines out) {
        LocalDate waitingStart = max(r.paymentDate(), start);
        return finish(r, wait, g, waitingStart.plusMonths(wait.totalMonths()), startSource, out);
    }

    private static BenefitDates finish(
            EnrollmentQuoteRequest r,
            WaitingPeriod wait,
            int g,
            LocalDate benefitsStart,
            Source startSource,
            Lines out) {
        Param<LocalDate> endParam = r.terms().calendar().benefitEnd();
        LocalDate end = endParam.require("benefits.end");
        boolean inYear = !benefitsStart.isAfter(end);
        out.note(
                "benefits.start",
                inYear
                        ? "waiting " + wait.totalMonths() + " months: benefits from " + benefitsStart + " to " + end
                        : "waiting " + wait.totalMonths() + " months ends " + benefitsStart + ", after " + end
                                + ": no benefit in policy year " + r.terms().year(),
                startSource);
        return new BenefitDates(wait, g, benefitsStart, end, inYear);
    }

    /** The year's benefit start; Huaihua's new college students start earlier. */
    static LocalDate periodStart(EnrollmentQuoteRequest r) {
        ResidentPolicy.Calendar cal = r.terms().calendar();
        LocalDate college =
                r.newCollegeStudent() ? cal.newCollegeStudentBenefitStart().orNull() : null;
        return college != null ? college : cal.benefitStart().require("benefits.start");
    }

    private static Source startSource(EnrollmentQuoteRequest r) {
        ResidentPolicy.Calendar cal = r.terms().calendar();
        boolean college =
                r.newCollegeStudent() && cal.newCollegeStudentBenefitStart().isPublished();
        return college
                ? cal.newCollegeStudentBenefitStart().source()
                : cal.benefitStart().source();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
