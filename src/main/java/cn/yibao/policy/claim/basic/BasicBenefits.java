package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.parameters.Inpatient;
import cn.yibao.policy.parameters.Outpatient;
import cn.yibao.policy.parameters.PolicyYearTerms;

/**
 * The basic layer of a covered claim (SPEC §3.5–§3.8, §3.16–§3.18, §3.20), for every scheme. It
 * dispatches on the structure of the published parameters, never on region names; a parameter
 * that is not published fails with POLICY_NOT_PUBLISHED. It does not touch the CI accumulators:
 * {@link BasicResult#ciBase()} is handed to the critical-illness layer, which adds it.
 */
public final class BasicBenefits {

    private BasicBenefits() {}

    /** The basic layer (and employee current-year account) for one covered claim. */
    public static BasicResult apply(PolicyYearTerms terms, ClaimFacts claim, Claimant claimant, YearToDate ytd) {
        BenefitTerms benefits = BenefitTerms.of(terms);
        return switch (claim.careType()) {
            case OUTPATIENT -> outpatient(benefits, claim, claimant, ytd);
            case INPATIENT, FAMILY_SICKBED -> inpatient(benefits, claim, claimant, ytd);
            case SPECIAL_DISEASE_OUTPATIENT -> SpecialDiseaseOutpatient.apply(benefits, claim, ytd);
        };
    }

    private static BasicResult outpatient(BenefitTerms terms, ClaimFacts claim, Claimant claimant, YearToDate ytd) {
        Param<Outpatient> param = terms.outpatient();
        return switch (param.require("outpatient")) {
            case Outpatient.CumulativeLimit m -> CumulativeLimitOutpatient.apply(terms, m, param.source(), claim, ytd);
            case Outpatient.Programmes m -> ProgrammeOutpatient.apply(terms, m, param.source(), claim, ytd);
            case Outpatient.Segments m -> SegmentedOutpatient.apply(terms, m, param.source(), claim, claimant, ytd);
        };
    }

    private static BasicResult inpatient(BenefitTerms terms, ClaimFacts claim, Claimant claimant, YearToDate ytd) {
        Param<Inpatient> param = terms.inpatient();
        return switch (param.require("inpatient")) {
            case Inpatient.YearlyDeductible m ->
                YearlyDeductibleInpatient.apply(terms, m, param.source(), claim, claimant, ytd);
            case Inpatient.PerAdmission m -> perAdmission(terms, m, param, claim, ytd);
        };
    }

    /** The per-admission model publishes no family-sickbed benefit. */
    private static BasicResult perAdmission(
            BenefitTerms terms,
            Inpatient.PerAdmission model,
            Param<Inpatient> param,
            ClaimFacts claim,
            YearToDate ytd) {
        if (claim.careType() != CareType.INPATIENT) {
            throw BenefitTerms.notPublished(
                    "inpatient.family-sickbed",
                    "family-sickbed benefits are not published — "
                            + param.source().cite());
        }
        return PerAdmissionInpatient.apply(terms, model, param.source(), claim, ytd);
    }
}
