package cn.yibao.policy.parameters;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.MaternityEvent;
import cn.yibao.policy.model.RateTier;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.model.ServiceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Resident (城乡居民) parameters of one region and policy year (SPEC §2.1–§2.4). */
public record ResidentPolicy(
        Region region,
        Scheme scheme,
        int year,
        @Nullable Integer projectedFrom,
        List<Source> documents,
        Param<Map<HospitalLevel, RateTier>> tiers,
        Calendar calendar,
        Param<CategoryAges> categoryAges,
        Param<EligibilityTerms> eligibility,
        Contribution contribution,
        Param<Integer> newbornEnrolWithinDays,
        Waiting waiting,
        Incentive incentive,
        Param<Outpatient> outpatient,
        Param<Inpatient> inpatient,
        Param<Rate> specialDiseaseOutpatient,
        Param<CriticalIllness> criticalIllness,
        Param<Map<MaternityEvent, Money>> maternity,
        Param<Map<ServiceLocation, Rate>> outOfArea,
        FamilyAid familyAid)
        implements PolicyYearTerms {

    public ResidentPolicy {
        documents = List.copyOf(documents);
    }

    /**
     * Enrolment calendar. {@code windowCategories}: the categories the published window applies to
     * (Shanghai publishes one for pupils and kindergarten children only).
     */
    public record Calendar(
            Param<LocalDate> enrollmentOpens,
            Param<LocalDate> enrollmentCloses,
            Param<LocalDate> paymentDeadline,
            Param<LocalDate> benefitStart,
            Param<LocalDate> benefitEnd,
            Param<LocalDate> newCollegeStudentBenefitStart,
            Param<List<ResidentCategory>> windowCategories) {}

    /**
     * Who may enrol beyond those whose own document qualifies (SPEC §3.1.2): how a newborn or
     * pre-school child without an own document enrols through a parent, and the newborn age limit.
     */
    public record EligibilityTerms(ChildRoute childRoute, int newbornMonths) {}

    /**
     * INSURED_PARENT_NEWBORN: a newborn up to {@code newbornMonths} (or a child with a residence
     * registration certificate) whose parent is insured here with normal benefits (seed 001);
     * PARENT_DOCUMENT: any pre-school child with a parent's valid document (seed 000 §2).
     */
    public enum ChildRoute {
        INSURED_PARENT_NEWBORN,
        PARENT_DOCUMENT
    }

    /** Age limits at the base date (31 December before the year): INFANT below, OTHER_MINOR up to and including. */
    public record CategoryAges(int infantBelowAge, int minorMaxAge) {}

    public record Contribution(
            Map<ResidentCategory, Param<Money>> individual,
            Map<ResidentCategory, Param<Money>> subsidy,
            Param<Money> outOfWindowSurcharge,
            Param<Assistance> assistance) {

        public Contribution {
            individual = Map.copyOf(individual);
            subsidy = Map.copyOf(subsidy);
        }
    }

    /** Assistance groups whose personal contribution the government pays in full or in part. */
    public record Assistance(List<AssistanceStatus> full, List<AssistanceStatus> half, Rate halfShare) {
        public Assistance {
            full = List.copyOf(full);
            half = List.copyOf(half);
        }
    }

    /** Waiting periods (SPEC §3.3, D5, D6). */
    public record Waiting(
            Param<Integer> fixedMonths,
            Param<Integer> monthsPerGapYear,
            Param<Integer> gapsCountFrom,
            Param<Integer> repairMonthsPerYear,
            Param<Integer> floorGapYears,
            Param<Integer> floorTotalMonths,
            Param<List<AssistanceStatus>> exemptAssistance,
            Param<Boolean> noWaitingNeedsEveryYearInWindow) {}

    /** Continuous-enrolment and zero-claim incentives (SPEC §3.4, D7). */
    public record Incentive(
            Param<Integer> countFrom,
            Param<Integer> continuousFreeYears,
            Param<Money> continuousStep,
            Param<Money> zeroClaimStep,
            Param<Rate> limitRate) {}
}
