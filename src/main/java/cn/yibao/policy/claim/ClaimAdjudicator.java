package cn.yibao.policy.claim;

import cn.yibao.policy.claim.basic.BasicBenefits;
import cn.yibao.policy.claim.ci.CiResult;
import cn.yibao.policy.claim.ci.CriticalIllnessBenefits;
import cn.yibao.policy.claim.supplementary.SupplementaryBases;
import cn.yibao.policy.claim.supplementary.SupplementaryBenefits;
import cn.yibao.policy.claim.supplementary.SupplementaryResult;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.FamilyAid;
import cn.yibao.policy.parameters.PolicyYearTerms;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Adjudicates one claim through the six layers in paying order (SPEC §3.0.5): personal account and
 * basic (§3.5–§3.8, §3.16–§3.18), critical illness (§3.9, §3.19), 天一甬宁保 (§3.10), own historical
 * account and family pool (§3.23), personal. Uncovered claims (waiting period or no enrolment) get
 * nothing from the insurance layers and accumulate nothing (P22, C1).
 */
public final class ClaimAdjudicator {

    /** Cites the SPEC's own layer-order rule where no policy document states it. */
    static final Source LAYER_ORDER = Source.specification("§3.0.5 layer order", null);

    private ClaimAdjudicator() {}

    public static Adjudication adjudicate(ClaimRequest request) {
        Money total = request.claim().totalCost();
        List<Explanation> lines = new ArrayList<>(12);
        if (!request.coverage().isCovered()) {
            lines.add(CoverageLines.uncovered(request));
            return finish(
                    request,
                    total,
                    Money.ZERO,
                    Money.ZERO,
                    Money.ZERO,
                    Money.ZERO,
                    EnumSet.noneOf(Layer.class),
                    lines,
                    request.before());
        }
        BasicResult basic = BasicBenefits.apply(request.terms(), request.claim(), request.claimant(), request.before());
        lines.addAll(basic.lines());
        Set<Layer> incomplete = EnumSet.noneOf(Layer.class);
        if (!basic.complete()) {
            incomplete.add(Layer.BASIC);
        }
        CiResult ci = CriticalIllnessBenefits.apply(
                request.terms(), request.claimant(), basic.ciBase(), request.effectiveCiCap(), basic.after());
        lines.addAll(ci.lines());
        if (!ci.complete()) {
            incomplete.add(Layer.CRITICAL_ILLNESS);
        }
        SupplementaryResult supp = supplementary(request, basic, ci);
        lines.addAll(supp.lines());
        if (!supp.complete()) {
            incomplete.add(Layer.SUPPLEMENTARY);
        }
        return finish(
                request,
                total,
                basic.personalAccount(),
                basic.basic(),
                ci.amount(),
                supp.amount(),
                incomplete,
                lines,
                supp.after());
    }

    private static SupplementaryResult supplementary(ClaimRequest request, BasicResult basic, CiResult ci) {
        if (request.supplementary() == null) {
            return SupplementaryResult.none(ci.after());
        }
        SupplementaryBases bases = SupplementaryBases.of(request.claim(), basic.basic(), ci.amount(), ci.complete());
        return SupplementaryBenefits.apply(request.supplementary(), bases, ci.after());
    }

    /** Steps 5 and 6: own historical account, family pool, personal (§3.23). */
    private static Adjudication finish(
            ClaimRequest request,
            Money total,
            Money account,
            Money basic,
            Money ci,
            Money supp,
            Set<Layer> incomplete,
            List<Explanation> lines,
            YearToDate after) {
        Money remaining = total.minus(account).minus(basic).minus(ci).minus(supp);
        if (remaining.isNegative()) {
            throw new IllegalStateException("insurance layers pay " + total.minus(remaining) + " of a total " + total);
        }
        RemainingBurden rest = RemainingBurden.split(
                remaining, request.claimant().historicalAccountBalance(), request.poolAvailable());
        rest.explain(remaining, familyAidSource(request.terms()), LAYER_ORDER, lines);
        return new Adjudication(
                account.plus(rest.ownAccount()),
                basic,
                ci,
                supp,
                rest.pool(),
                rest.personal(),
                incomplete,
                lines,
                after,
                rest.ownAccount(),
                rest.pool(),
                total);
    }

    /** The source of the medical use of accounts: Shanghai's network where published, else the authorisation. */
    private static Source familyAidSource(PolicyYearTerms terms) {
        FamilyAid aid = terms.familyAid();
        return aid.network().isPublished()
                ? aid.network().source()
                : aid.medical().source();
    }

    /** Why an uncovered claim pays nothing from the insurance layers. */
    static final class CoverageLines {
        private CoverageLines() {}

        static Explanation uncovered(ClaimRequest r) {
            Coverage c = r.coverage();
            boolean waiting = c.status() == Coverage.Status.WAITING;
            String text = (waiting
                            ? "Service date " + r.claim().serviceDate() + " is in the waiting period; benefits from "
                                    + c.benefitsStart() + " to " + c.benefitsEnd()
                            : "No enrolment covers the service date "
                                    + r.claim().serviceDate() + periodText(c))
                    + ": basic, critical illness and 天一甬宁保 pay 0 and nothing accumulates (SPEC P22)";
            return new Explanation(
                    waiting ? "coverage.waiting" : "coverage.none",
                    null,
                    text,
                    null,
                    null,
                    null,
                    coverageSource(r.terms()));
        }

        private static String periodText(Coverage c) {
            if (c.benefitsStart() == null && c.benefitsEnd() == null) {
                return "";
            }
            return " (nearest benefit period " + c.benefitsStart() + " to " + c.benefitsEnd() + ")";
        }

        private static Source coverageSource(PolicyYearTerms terms) {
            return switch (terms) {
                case ResidentPolicy p -> p.waiting().fixedMonths().source();
                case EmployeePolicy p -> p.benefitStart().source();
            };
        }
    }
}
