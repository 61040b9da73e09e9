package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.RateTier;
import cn.yibao.policy.parameters.Inpatient.YearlyDeductible;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One engine for Ningbo resident (§3.7) and employee (§3.18) inpatient and family-sickbed care
 * (D3): one deductible a year at the highest tier so far, topped up; the admission occupies
 * [cumIn + d, cumIn + E) of the cumulative E axis and earns its own tier's bands there.
 */
final class YearlyDeductibleInpatient {

    private YearlyDeductibleInpatient() {}

    static BasicResult apply(
            BenefitTerms terms,
            YearlyDeductible model,
            Source source,
            ClaimFacts claim,
            Claimant claimant,
            YearToDate ytd) {
        RuleIds ids = terms.employee() ? RuleIds.EMPLOYEE : RuleIds.RESIDENT;
        List<Explanation> lines = new ArrayList<>(6);
        RateTier tier = terms.tier(claim.level());
        Bands bands = bands(model, claimant, tier, ids);
        Rate reduction = OutOfArea.reduction(terms, claim, lines);
        if (reduction.value().signum() > 0) {
            bands = bands.lowered(reduction);
        }
        Money eligible = claim.eligible();
        Deductible deductible = deductible(model, tier, claim, claimant, ytd, ids, source, lines);
        BigDecimal cumulative = ytd.inpatientCost().yuan();
        Money basic = segments(
                bands, cumulative.add(deductible.amount().yuan()), cumulative.add(eligible.yuan()), ids, source, lines);
        YearToDate after = ytd.toBuilder()
                .inpatientCost(ytd.inpatientCost().plus(eligible))
                .deductibleLevel(deductible.level())
                .deductiblePaid(ytd.deductiblePaid().plus(deductible.amount()))
                .basicPaid(ytd.basicPaid().plus(basic))
                .build();
        Money ciBase = terms.employee() ? Compliant.cost(claim, basic) : Money.ZERO;
        return new BasicResult(Money.ZERO, basic, ciBase, true, lines, after);
    }

    private static final String NO_DEDUCTIBLE = "no deductible for this kind of care";
    private static final String DEDUCTIBLE_FIRST = "yearly deductible at the highest tier so far, borne personally";
    private static final String DEDUCTIBLE_TOP_UP = "deductible topped up to the highest tier so far, borne personally";

    /** The highest deductible so far and what this admission bears of it (top-up); none where exempt. */
    private static Deductible deductible(
            YearlyDeductible model,
            RateTier tier,
            ClaimFacts claim,
            Claimant claimant,
            YearToDate ytd,
            RuleIds ids,
            Source source,
            List<Explanation> lines) {
        if (noDeductible(model, claim, claimant, ids)) {
            lines.add(Line.basic(ids.deductible, NO_DEDUCTIBLE, Money.ZERO, null, Money.ZERO, source));
            return new Deductible(ytd.deductibleLevel(), Money.ZERO);
        }
        Money level = ytd.deductibleLevel().max(BenefitTerms.entry(model.deductible(), tier, ids.deductible));
        Money amount = level.minus(ytd.deductiblePaid()).positivePart().min(claim.eligible());
        boolean topUp = ytd.deductiblePaid().isPositive();
        lines.add(Line.basic(
                topUp ? ids.topUp : ids.deductible,
                topUp ? DEDUCTIBLE_TOP_UP : DEDUCTIBLE_FIRST,
                level,
                null,
                amount,
                source));
        return new Deductible(level, amount);
    }

    private record Deductible(Money level, Money amount) {}

    /** One line per band piece; basic = the exact sum rounded once (D1). */
    private static Money segments(
            Bands bands, BigDecimal from, BigDecimal to, RuleIds ids, Source source, List<Explanation> lines) {
        BigDecimal exact = BigDecimal.ZERO;
        for (Bands.Piece piece : bands.pieces(from, to)) {
            exact = exact.add(piece.exactAmount());
            Rate rate = piece.band().rate();
            boolean ceiling = piece.band().open() && rate.value().signum() == 0;
            lines.add(Line.basic(
                    ceiling ? ids.ceiling : ids.segment,
                    ceiling ? "cost above the yearly ceiling: the fund pays nothing" : "band of the cumulative cost",
                    new Money(piece.length()),
                    rate,
                    Money.roundHalfUp(piece.exactAmount()),
                    source));
        }
        return Money.roundHalfUp(exact);
    }

    private static Bands bands(YearlyDeductible model, Claimant claimant, RateTier tier, RuleIds ids) {
        Map<RateTier, Bands> byTier = model.bands().get(claimant.group());
        if (byTier == null) {
            throw PolicyException.badInput(ids.segment, "no inpatient table for benefit group " + claimant.group());
        }
        return BenefitTerms.entry(byTier, tier, ids.segment);
    }

    /** Family sickbed from the published date (C3), or a registered special-disease patient where exempt. */
    private static boolean noDeductible(YearlyDeductible model, ClaimFacts claim, Claimant claimant, RuleIds ids) {
        if (claim.careType() == CareType.FAMILY_SICKBED
                && !claim.serviceDate()
                        .isBefore(model.familySickbedNoDeductibleFrom().require(ids.familySickbed))) {
            return true;
        }
        return claimant.specialDiseasePatient() && model.specialDiseasePatientNoDeductible();
    }

    /** The rule ids of each scheme (SPEC §3.7 vs §3.18). */
    private record RuleIds(String deductible, String topUp, String segment, String ceiling, String familySickbed) {
        static final RuleIds RESIDENT = new RuleIds(
                "inpatient.deductible",
                "inpatient.deductible-topup",
                "inpatient.segment",
                "inpatient.ceiling",
                "inpatient.family-sickbed");
        static final RuleIds EMPLOYEE = new RuleIds(
                "employee.inpatient.deductible",
                "employee.inpatient.deductible",
                "employee.inpatient.segment",
                "employee.inpatient.segment",
                "employee.inpatient.family-sickbed");
    }
}
