package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.parameters.FamilyAid;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a payment lies in the enrolment window (SPEC §3.2 {@code isInWindow}): the window ends on
 * the payment deadline, or the enrolment close where no deadline is published; it covers only the
 * published {@code windowCategories}; a Shanghai FAMILY_POOL payment counts by the time
 * PAY_CONTRIBUTION was set. Newborns paid within their days are outside the window rule.
 */
final class WindowRules {

    private WindowRules() {}

    static boolean inWindow(EnrollmentQuoteRequest r, ResidentCategory cat, NewbornStatus newborn, Lines out) {
        ResidentPolicy.Calendar cal = r.terms().calendar();
        rejectImpossibleDates(r, newborn, cal);
        Param<List<ResidentCategory>> cats = cal.windowCategories();
        if (!cats.require("contribution.window").contains(cat)) {
            throw new PolicyException(
                    ErrorCode.POLICY_NOT_PUBLISHED,
                    "contribution.window",
                    "no enrolment window is published for " + cat + " in "
                            + r.terms().key() + " — " + cats.source().cite());
        }
        if (newborn.within()) {
            out.note(
                    "contribution.window",
                    "newborn paid within " + r.terms().newbornEnrolWithinDays().orNull()
                            + " days of birth: the window rule does not apply",
                    r.terms().newbornEnrolWithinDays().source());
            return true;
        }
        FamilyAid.Network pool = poolNetwork(r, cat);
        if (pool != null) {
            boolean in = !r.poolModeSetAt().isAfter(pool.modeDeadline());
            out.note(
                    "contribution.window",
                    "family-pool payment: PAY_CONTRIBUTION set at " + r.poolModeSetAt()
                            + (in ? ", by " : ", after ") + "the deadline " + pool.modeDeadline()
                            + " (the batch deduction is part of the window)",
                    r.terms().familyAid().network().source());
            return in;
        }
        Param<LocalDate> endParam =
                cal.paymentDeadline().isPublished() ? cal.paymentDeadline() : cal.enrollmentCloses();
        LocalDate end = endParam.require("contribution.window");
        boolean in = !r.paymentDate().isAfter(end);
        out.note(
                "contribution.window",
                "payment on " + r.paymentDate() + (in ? " is" : " is not") + " within the enrolment window ending "
                        + end,
                endParam.source());
        return in;
    }

    /** The Shanghai network whose mode time decides the window, or null when the payment date decides. */
    private static FamilyAid.Network poolNetwork(EnrollmentQuoteRequest r, ResidentCategory cat) {
        if (r.payer() != Payer.FAMILY_POOL || r.poolModeSetAt() == null) {
            return null;
        }
        FamilyAid.Network n = r.terms().familyAid().network().orNull();
        return n != null && n.contributionCategories().contains(cat) ? n : null;
    }

    /** After 31 December of Y (except a newborn's cross-year payment) or before the window opens. */
    private static void rejectImpossibleDates(
            EnrollmentQuoteRequest r, NewbornStatus newborn, ResidentPolicy.Calendar cal) {
        LocalDate pay = r.paymentDate();
        LocalDate yearEnd = LocalDate.of(r.terms().year(), 12, 31);
        if (pay.isAfter(yearEnd) && !newborn.within()) {
            throw PolicyException.badInput(
                    "contribution.window",
                    "a payment on " + pay + " is after the end of policy year "
                            + r.terms().year());
        }
        LocalDate opens = cal.enrollmentOpens().orNull();
        if (opens != null && pay.isBefore(opens)) {
            throw PolicyException.badInput(
                    "contribution.window", "a payment on " + pay + " is before the enrolment window opens on " + opens);
        }
    }
}
