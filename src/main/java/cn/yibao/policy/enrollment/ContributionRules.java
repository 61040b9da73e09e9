package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.math.RoundingMode;

/** Contribution due (SPEC §3.2, P4, P5). */
public final class ContributionRules {

    private ContributionRules() {}

    public static ContributionDue due(EnrollmentQuoteRequest r) {
        return due(
                r,
                NewbornRules.classify(r.terms(), r.birthDate(), r.paymentDate(), r.newborn()),
                Lines.discard(r.terms()));
    }

    static ContributionDue due(EnrollmentQuoteRequest r, NewbornStatus newborn, Lines out) {
        ResidentPolicy t = r.terms();
        ResidentCategory cat = CategoryRules.category(t, r.birthDate(), r.studentStatus(), out);
        Param<Money> stdParam = param(t.contribution().individual().get(cat), cat, "contribution.individual");
        Money std = stdParam.require("contribution.individual");
        out.add(
                "contribution.individual",
                "personal contribution of category " + cat,
                null,
                null,
                std,
                stdParam.source());
        Money subsidy = subsidy(t, cat, out);
        boolean inWindow = WindowRules.inWindow(r, cat, newborn, out);
        Money assistance = assistance(t, r.assistanceStatus(), std, out);
        Money surcharge = Money.ZERO;
        boolean flagged = false;
        if (!inWindow) {
            Param<Money> s = t.contribution().outOfWindowSurcharge();
            surcharge = s.isPublished() ? s.require("contribution.out-of-window") : Money.ZERO;
            flagged = !s.isPublished();
            out.add(
                    "contribution.out-of-window",
                    flagged
                            ? "out of window: no out-of-window price is published; the standard contribution is charged and flagged"
                            : "out of window: personal contribution plus the subsidy standard",
                    std,
                    null,
                    surcharge,
                    s.source());
        }
        Money due = std.plus(surcharge).minus(assistance);
        out.add(
                "contribution.due",
                "amount due = personal contribution + out-of-window surcharge − assistance",
                std,
                null,
                due,
                stdParam.source());
        return new ContributionDue(cat, std, subsidy, assistance, surcharge, due, inWindow, flagged, newborn);
    }

    private static Money subsidy(ResidentPolicy t, ResidentCategory cat, Lines out) {
        Param<Money> p = param(t.contribution().subsidy().get(cat), cat, "contribution.subsidy");
        Money subsidy = p.orNull();
        if (subsidy == null) {
            out.note("contribution.subsidy", "fiscal subsidy of category " + cat + " is not published", p.source());
        } else {
            out.add("contribution.subsidy", "fiscal subsidy of category " + cat, null, null, subsidy, p.source());
        }
        return subsidy;
    }

    /** Huaihua-style full or half assistance on the personal part; NP elsewhere (0, with a line). */
    static Money assistance(ResidentPolicy t, AssistanceStatus status, Money std, Lines out) {
        if (status == AssistanceStatus.NONE) {
            return Money.ZERO;
        }
        Param<ResidentPolicy.Assistance> p = t.contribution().assistance();
        ResidentPolicy.Assistance a = p.orNull();
        if (a == null) {
            out.note(
                    "contribution.assistance.not-published",
                    "assistance reductions are not published for " + t.region().code() + "; " + status
                            + " gets no reduction",
                    p.source());
            return Money.ZERO;
        }
        if (a.full().contains(status)) {
            out.add(
                    "contribution.assistance.full",
                    status + ": the government pays the whole personal contribution",
                    std,
                    Rate.ONE,
                    std,
                    p.source());
            return std;
        }
        if (a.half().contains(status)) {
            Money half = std.times(a.halfShare(), RoundingMode.HALF_UP);
            out.add(
                    "contribution.assistance.half",
                    status + ": the government pays part of the personal contribution",
                    std,
                    a.halfShare(),
                    half,
                    p.source());
            return half;
        }
        out.note("contribution.assistance.none", status + " is not a contribution-assistance group", p.source());
        return Money.ZERO;
    }

    private static <T> Param<T> param(Param<T> p, ResidentCategory cat, String rule) {
        if (p == null) {
            throw new PolicyException(ErrorCode.POLICY_NOT_PUBLISHED, rule, "no value for category " + cat);
        }
        return p;
    }
}
