package cn.yibao.policy.parameters;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.ContributorType;
import cn.yibao.policy.model.EmployeeStartSituation;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.RateTier;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.model.ServiceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Employee (职工) parameters of one region and policy year (SPEC §2.5). */
public record EmployeePolicy(
        Region region,
        Scheme scheme,
        int year,
        @Nullable Integer projectedFrom,
        List<Source> documents,
        Param<Map<HospitalLevel, RateTier>> tiers,
        Param<LocalDate> yearStart,
        Param<LocalDate> yearEnd,
        Contribution contribution,
        Param<AccountCredits> accountCredits,
        Retirement retirement,
        Param<BenefitStart> benefitStart,
        Param<Outpatient> outpatient,
        Param<Inpatient> inpatient,
        Param<Rate> specialDiseaseOutpatient,
        Param<CriticalIllness> criticalIllness,
        Param<Map<ServiceLocation, Rate>> outOfArea,
        FamilyAid familyAid)
        implements PolicyYearTerms {

    public EmployeePolicy {
        documents = List.copyOf(documents);
    }

    /** Monthly contribution bases and rates (seed 004 (二)). */
    public record Contribution(
            Param<Money> baseFloor,
            Param<Money> baseCeiling,
            Param<Money> individualBase,
            Map<ContributorType, Param<Rates>> rates) {
        public Contribution {
            rates = Map.copyOf(rates);
        }
    }

    /** {@code employer} null where there is no employer share; CI and maternity shares are part of the total. */
    public record Rates(
            Rate personal, @Nullable Rate employer, Rate criticalIllnessShare, @Nullable Rate maternityShare) {}

    /** Monthly personal-account credits (seed 004 (四), P9, P17). */
    public record AccountCredits(
            int inServiceAgeThreshold,
            Rate inServiceYoungRate,
            Rate inServiceOlderRate,
            int retiredAgeThreshold,
            Money retiredYoungMonthly,
            Money retiredOlderMonthly) {}

    /** Retirement minimum years and back-pay (SPEC §3.14). */
    public record Retirement(
            Param<RetirementTerms> terms, Param<Money> cityAverageWage2007, Param<Money> contributionBasis) {}

    /**
     * {@code oldEarly}/{@code oldLate}: the lump-sum coefficients (a − b)/(c − d) before and after
     * {@code oldCoefficientSplit}; {@code transitionNew}: the coefficient of the transition's new
     * branch.
     */
    public record RetirementTerms(
            LocalDate oldRuleUntil,
            LocalDate newRuleFrom,
            int oldMinMonths,
            int newMinMonths,
            LocalDate adjustedBefore,
            int adjustmentNumerator,
            int adjustmentDenominator,
            int inpatientInsuranceDivisor,
            int migrantCiDivisor,
            Rate backPayRate,
            Rate newBaseShare,
            LocalDate oldCoefficientSplit,
            Coefficient oldEarly,
            Coefficient oldLate,
            Coefficient transitionNew,
            Rate extensionRate) {}

    public record Coefficient(Rate a, Rate b, Rate c, Rate d) {}

    /** Month offsets after the event month ("the n-th natural month" = offset n − 1, P7). */
    public record BenefitStart(int shortGapMaxMonths, Map<EmployeeStartSituation, Integer> monthOffset) {
        public BenefitStart {
            monthOffset = Map.copyOf(monthOffset);
        }
    }
}
