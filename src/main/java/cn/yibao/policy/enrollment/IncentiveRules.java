package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.parameters.CriticalIllness;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.math.RoundingMode;

/** Incentives and their limit (SPEC §3.4, D7, P14). The priced year Y counts as RESIDENT. */
public final class IncentiveRules {

    private IncentiveRules() {}

    public static Incentive incentives(ResidentPolicy terms, InsuranceHistory history, AssistanceStatus status) {
        return incentives(terms, history, status, Lines.discard(terms));
    }

    static Incentive incentives(ResidentPolicy terms, InsuranceHistory history, AssistanceStatus status, Lines out) {
        ResidentPolicy.Incentive inc = terms.incentive();
        int year = terms.year();
        int c = 0;
        int z = 0;
        for (int y = year; y >= inc.countFrom().require("incentive.continuous"); y--) {
            CoverageStatus s = y == year ? CoverageStatus.RESIDENT : history.status(y);
            if (s == CoverageStatus.NONE) {
                break;
            }
            if (s == CoverageStatus.RESIDENT) { // EMPLOYEE years neither break nor count
                c++;
                z += y < year && history.year(y).zeroClaim() ? 1 : 0;
            }
        }
        int free = inc.continuousFreeYears().require("incentive.continuous");
        Money cont = step(inc.continuousStep(), Math.max(0, c - free));
        Money zero = step(inc.zeroClaimStep(), z);
        out.add(
                "incentive.continuous",
                c + " continuous resident years; " + free + " earn nothing",
                null,
                null,
                cont,
                inc.continuousStep().source());
        out.add(
                "incentive.zero-claim",
                z + " earlier zero-claim years in the streak (unknown reimbursement is not zero)",
                null,
                null,
                zero,
                inc.zeroClaimStep().source());
        Money total = cont != null && zero != null ? cont.plus(zero) : null;
        return limit(terms, status, c, z, cont, zero, total, out);
    }

    private static Incentive limit(
            ResidentPolicy terms,
            AssistanceStatus status,
            int c,
            int z,
            Money cont,
            Money zero,
            Money total,
            Lines out) {
        Param<CriticalIllness> ci = terms.criticalIllness();
        Param<Rate> rate = terms.incentive().limitRate();
        if (ci.orNull() instanceof CriticalIllness.ExcessBands eb
                && eb.specialGroups().contains(status)) {
            out.note(
                    "incentive.limit",
                    status + " is a critical-illness special group without a cap: the increments" + " change nothing",
                    ci.source());
            return new Incentive(c, z, cont, zero, total, total, false, null);
        }
        Money cap = ordinaryCap(ci);
        if (total == null || cap == null || !rate.isPublished()) {
            out.note(
                    "incentive.limit",
                    "limit not computable: "
                            + (total == null
                                    ? "increment amounts"
                                    : cap == null ? "the critical-illness cap" : "the limit rate")
                            + " not published",
                    total == null
                            ? terms.incentive().continuousStep().source()
                            : cap == null ? ci.source() : rate.source());
            return new Incentive(c, z, cont, zero, total, total, false, null);
        }
        Money max = cap.times(rate.require("incentive.limit"), RoundingMode.HALF_UP);
        Money applied = total.min(max);
        Money effective = cap.plus(applied);
        out.add(
                "incentive.limit",
                "increments apply up to " + max + " (the limit rate of the critical-illness cap " + cap
                        + "); effective cap " + effective,
                cap,
                rate.orNull(),
                applied,
                rate.source());
        return new Incentive(c, z, cont, zero, total, applied, true, effective);
    }

    private static Money ordinaryCap(Param<CriticalIllness> ci) {
        return ci.orNull() instanceof CriticalIllness.ExcessBands eb
                ? eb.ordinary().cap()
                : null;
    }

    private static Money step(Param<Money> step, int count) {
        Money s = step.orNull();
        return s == null ? null : s.times(count);
    }
}
