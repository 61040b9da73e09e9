package cn.yibao.policy.employee;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.employee.RetirementBackPay.Branch;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.EmployeePolicy.Coefficient;
import cn.yibao.policy.parameters.EmployeePolicy.RetirementTerms;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Retirement minimum years and lump-sum back-pay `[retirement.*]` (SPEC §3.14, P18, P20). The
 * shortfall in months needs no wage figure; the amount needs the contribution basis (and, under
 * the old rule, the 2007 city average wage), which are NP: supply them in {@link RetirementBases}.
 */
public final class RetirementRules {

    private RetirementRules() {}

    /** The lump sum that closes the shortfall under the rule of the retirement date (transition: lower-of). */
    public static RetirementBackPay backPay(EmployeePolicy policy, RetirementFacts facts, RetirementBases bases) {
        Param<RetirementTerms> param = policy.retirement().terms();
        RetirementTerms t = param.require("retirement.terms");
        RetirementMonths months = new RetirementMonths(t, facts);
        LocalDate r = facts.retirementDate();
        List<Explanation> lines = new ArrayList<>();
        lines.add(note(
                "retirement.conversion",
                "Converted local months = " + facts.localPre() + " + "
                        + facts.inpatientInsurance() + "/" + t.inpatientInsuranceDivisor() + " + " + facts.migrantCi()
                        + "/"
                        + t.migrantCiDivisor() + " = " + months.text(months.converted()),
                param.source()));
        if (!r.isAfter(t.oldRuleUntil())) {
            Coefficient k = r.isBefore(t.oldCoefficientSplit()) ? t.oldEarly() : t.oldLate();
            Money amount = oldBranch(policy, t, months, k, bases, lines);
            return new RetirementBackPay(
                    Branch.OLD, false, months.oldShortfall(), null, months.oldShortfall(), amount, lines);
        }
        if (!r.isBefore(t.newRuleFrom())) {
            Money amount = newBranch(policy, t, months, null, bases, lines);
            return new RetirementBackPay(
                    Branch.NEW, false, null, months.newShortfall(), months.newShortfall(), amount, lines);
        }
        return transition(policy, t, months, bases, lines);
    }

    /** Monthly extension `[retirement.extension]`: the extension rate × the individual monthly base (P20). */
    public static Explanation monthlyExtension(EmployeePolicy policy) {
        Param<RetirementTerms> param = policy.retirement().terms();
        Rate rate = param.require("retirement.extension").extensionRate();
        Money base = policy.contribution().individualBase().require("retirement.extension");
        return new Explanation(
                "retirement.extension",
                null,
                "Monthly extension until the minimum months are reached; in-service benefits meanwhile",
                base,
                rate,
                base.times(rate, RoundingMode.HALF_UP),
                param.source());
    }

    private static RetirementBackPay transition(
            EmployeePolicy policy,
            RetirementTerms t,
            RetirementMonths months,
            RetirementBases bases,
            List<Explanation> lines) {
        Money old = oldBranch(policy, t, months, t.oldLate(), bases, lines);
        Money neu = newBranch(policy, t, months, t.transitionNew(), bases, lines);
        boolean useOld = old.isLessThan(neu); // tie → new (P18)
        Branch branch = useOld ? Branch.OLD : Branch.NEW;
        Money amount = useOld ? old : neu;
        lines.add(new Explanation(
                "retirement.transition",
                null,
                "Retired in the transition period: lower of old " + old + " and new " + neu + " (tie: new) → " + branch,
                null,
                null,
                amount,
                policy.retirement().terms().source()));
        int shortfall = useOld ? months.oldShortfall() : months.newShortfall();
        return new RetirementBackPay(
                branch, true, months.oldShortfall(), months.newShortfall(), shortfall, amount, lines);
    }

    private static Money oldBranch(
            EmployeePolicy policy,
            RetirementTerms t,
            RetirementMonths m,
            Coefficient k,
            RetirementBases bases,
            List<Explanation> lines) {
        Source src = policy.retirement().terms().source();
        int shortfall = m.oldShortfall();
        lines.add(note(
                "retirement.old.shortfall",
                "Old rule: " + t.oldMinMonths() + " − " + m.text(m.oldTotal()) + " counted months, rounded up = "
                        + shortfall + " months",
                src));
        if (shortfall == 0) {
            return zero("retirement.old.amount", lines, src);
        }
        Money basis =
                orParam(bases.basisAtRetirement(), policy.retirement().contributionBasis(), "retirement.old.amount");
        Money wage2007 = orParam(
                bases.cityAverageWage2007(), policy.retirement().cityAverageWage2007(), "retirement.old.amount");
        Money base = basis.max(wage2007);
        BigDecimal exact = divide(
                BigDecimal.valueOf(shortfall)
                        .multiply(base.yuan())
                        .multiply(t.backPayRate().value())
                        .multiply(diffTop(k)),
                diffBottom(k));
        Money amount = Money.roundHalfUp(exact);
        lines.add(new Explanation(
                "retirement.old.amount",
                null,
                shortfall + " months × max(basis " + basis + ", 2007 city wage " + wage2007 + ") × coefficient ("
                        + k.a() + " − " + k.b() + ")/(" + k.c() + " − " + k.d() + ") × rate",
                base,
                t.backPayRate(),
                amount,
                src));
        return amount;
    }

    private static Money newBranch(
            EmployeePolicy policy,
            RetirementTerms t,
            RetirementMonths m,
            Coefficient transitionK,
            RetirementBases bases,
            List<Explanation> lines) {
        Source src = policy.retirement().terms().source();
        lines.add(note(
                "retirement.new.coefficient",
                "New rule: " + m.text(m.newPre()) + " months before "
                        + t.adjustedBefore() + " × " + t.adjustmentNumerator() + "/" + t.adjustmentDenominator() + " = "
                        + RetirementMonths.text(
                                m.newPre() * t.adjustmentNumerator(), m.unit * t.adjustmentDenominator())
                        + ", part-month counts → " + m.adjusted(),
                src));
        int shortfall = m.newShortfall();
        lines.add(note(
                "retirement.new.shortfall",
                "New rule: " + t.newMinMonths() + " − " + m.newTotal() + " counted months = " + shortfall + " months",
                src));
        if (shortfall == 0) {
            return zero("retirement.new.amount", lines, src);
        }
        Money basis = orParam(bases.basisAtBackPay(), policy.retirement().contributionBasis(), "retirement.new.amount");
        BigDecimal exact = BigDecimal.valueOf(shortfall)
                .multiply(t.newBaseShare().value())
                .multiply(basis.yuan())
                .multiply(t.backPayRate().value());
        String text = shortfall + " months × " + t.newBaseShare() + " × basis " + basis + " × rate";
        if (transitionK != null) {
            exact = divide(exact.multiply(diffTop(transitionK)), diffBottom(transitionK));
            text += " × transition coefficient (" + transitionK.a() + " − " + transitionK.b() + ")/(" + transitionK.c()
                    + " − " + transitionK.d() + ")";
        }
        Money amount = Money.roundHalfUp(exact);
        lines.add(new Explanation("retirement.new.amount", null, text, basis, t.backPayRate(), amount, src));
        return amount;
    }

    private static Money orParam(Money supplied, Param<Money> param, String rule) {
        return supplied != null ? supplied : param.require(rule);
    }

    private static BigDecimal diffTop(Coefficient k) {
        return k.a().value().subtract(k.b().value());
    }

    private static BigDecimal diffBottom(Coefficient k) {
        return k.c().value().subtract(k.d().value());
    }

    /** Exact where the quotient terminates (SPEC: 0.063 × 7.3/6.3 = 0.073), else 34 digits before the one rounding. */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        try {
            return a.divide(b);
        } catch (ArithmeticException nonTerminating) {
            return a.divide(b, MathContext.DECIMAL128);
        }
    }

    private static Money zero(String rule, List<Explanation> lines, Source src) {
        lines.add(new Explanation(rule, null, "No shortfall: nothing to back-pay", null, null, Money.ZERO, src));
        return Money.ZERO;
    }

    private static Explanation note(String rule, String text, Source src) {
        return Explanation.note(rule, text, src);
    }
}
