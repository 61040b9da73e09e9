package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.parameters.Inpatient.LevelTerms;
import cn.yibao.policy.parameters.Inpatient.PerAdmission;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC §3.8 (D8, P11): a deductible per admission by level, a share of it for a repeat admission
 * at the same level, a yearly limit on deductibles and a yearly limit on fund payments. Every
 * admission counts as one, also one below the deductible. Hands CI the in-scope burden I − basic.
 */
final class PerAdmissionInpatient {

    private PerAdmissionInpatient() {}

    static BasicResult apply(BenefitTerms terms, PerAdmission model, Source source, ClaimFacts claim, YearToDate ytd) {
        List<Explanation> lines = new ArrayList<>(5);
        OutOfArea.reduction(terms, claim, lines);
        HospitalLevel level = claim.level();
        LevelTerms row = BenefitTerms.entry(model.levels(), level, "inpatient.huaihua.ratio");
        int before = ytd.admissions(level);
        Money eligible = claim.eligible();
        Money deductible = deductible(model, row, before, eligible, ytd.deductiblePaid(), source, lines);
        Money base = eligible.minus(deductible);
        Money byRate = Money.roundHalfUp(base.timesExact(row.rate()));
        lines.add(Line.basic(
                "inpatient.huaihua.ratio", "fund ratio of the hospital level", base, row.rate(), byRate, source));
        Money fundLeft = model.annualFundLimit().minus(ytd.inpatientFundPaid()).positivePart();
        Money basic = byRate.min(fundLeft);
        if (byRate.isGreaterThan(fundLeft)) {
            lines.add(Line.basic(
                    "inpatient.huaihua.fund-cap",
                    "limited to what is left of the yearly fund limit",
                    model.annualFundLimit(),
                    null,
                    basic,
                    source));
        }
        YearToDate after = ytd.toBuilder()
                .admissions(level, before + 1)
                .inpatientCost(ytd.inpatientCost().plus(eligible))
                .deductiblePaid(ytd.deductiblePaid().plus(deductible))
                .inpatientFundPaid(ytd.inpatientFundPaid().plus(basic))
                .basicPaid(ytd.basicPaid().plus(basic))
                .build();
        Money burden = claim.inScopeCost().minus(basic);
        return new BasicResult(Money.ZERO, basic, burden, true, lines, after);
    }

    /** d = min(E, nominal, yearly limit − deductibles paid), with a line for each rule that binds. */
    private static Money deductible(
            PerAdmission model,
            LevelTerms row,
            int before,
            Money eligible,
            Money paid,
            Source source,
            List<Explanation> lines) {
        boolean repeat = before >= 1;
        Money nominal = repeat
                ? Money.roundHalfUp(row.deductible().timesExact(model.repeatDeductibleShare()))
                : row.deductible();
        Money limitLeft = model.yearlyDeductibleLimit().minus(paid).positivePart();
        Money deductible = eligible.min(nominal).min(limitLeft);
        lines.add(
                repeat
                        ? Line.basic(
                                "inpatient.huaihua.repeat-deductible",
                                "repeat admission at this level: a share of its deductible, borne personally",
                                row.deductible(),
                                model.repeatDeductibleShare(),
                                eligible.min(nominal),
                                source)
                        : Line.basic(
                                "inpatient.huaihua.deductible",
                                "deductible of the hospital level, borne personally",
                                nominal,
                                null,
                                eligible.min(nominal),
                                source));
        if (limitLeft.isLessThan(eligible.min(nominal))) {
            lines.add(Line.basic(
                    "inpatient.huaihua.deductible-limit",
                    "limited to what is left of the yearly deductible limit",
                    model.yearlyDeductibleLimit(),
                    null,
                    deductible,
                    source));
        }
        return deductible;
    }
}
