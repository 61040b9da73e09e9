package cn.yibao.policy.parameters;

import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.RateTier;
import java.time.LocalDate;
import java.util.Map;

/** The structure of an inpatient benefit; the file's {@code model} key picks one. */
public sealed interface Inpatient permits Inpatient.YearlyDeductible, Inpatient.PerAdmission {

    /**
     * Ningbo (D3, seed 004 (八)): one deductible a year at the highest tier attended, topped up;
     * bands on the cumulative annual eligible cost, per benefit group and tier. A family sickbed
     * has no deductible from {@code familySickbedNoDeductibleFrom} (C3); a registered
     * special-disease patient has none when {@code specialDiseasePatientNoDeductible}.
     */
    record YearlyDeductible(
            Map<RateTier, Money> deductible,
            Map<BenefitGroup, Map<RateTier, Bands>> bands,
            Param<LocalDate> familySickbedNoDeductibleFrom,
            boolean specialDiseasePatientNoDeductible)
            implements Inpatient {
        public YearlyDeductible {
            deductible = Map.copyOf(deductible);
            bands = Map.copyOf(bands);
        }
    }

    /**
     * Huaihua (D8): a deductible per admission by level, a share of it for repeat admissions at the
     * same level, a yearly limit on deductibles and a yearly fund limit.
     */
    record PerAdmission(
            Map<HospitalLevel, LevelTerms> levels,
            Rate repeatDeductibleShare,
            Money yearlyDeductibleLimit,
            Money annualFundLimit)
            implements Inpatient {
        public PerAdmission {
            levels = Map.copyOf(levels);
        }
    }

    record LevelTerms(Money deductible, Rate rate) {}
}
