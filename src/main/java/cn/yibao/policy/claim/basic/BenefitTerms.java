package cn.yibao.policy.claim.basic;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.RateTier;
import cn.yibao.policy.model.ServiceLocation;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.Inpatient;
import cn.yibao.policy.parameters.Outpatient;
import cn.yibao.policy.parameters.PolicyYearTerms;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.util.Map;

/**
 * The benefit parameters the basic layer reads, taken from either scheme's record (the sealed
 * {@link PolicyYearTerms} does not expose them itself). {@code employee} selects the employee rule
 * ids and whether out-of-area reductions apply (D11).
 */
record BenefitTerms(
        boolean employee,
        Param<Map<HospitalLevel, RateTier>> tiers,
        Param<Outpatient> outpatient,
        Param<Inpatient> inpatient,
        Param<Rate> specialDiseaseOutpatient,
        Param<Map<ServiceLocation, Rate>> outOfArea) {

    static BenefitTerms of(PolicyYearTerms terms) {
        return switch (terms) {
            case ResidentPolicy r ->
                new BenefitTerms(
                        false, r.tiers(), r.outpatient(), r.inpatient(), r.specialDiseaseOutpatient(), r.outOfArea());
            case EmployeePolicy e ->
                new BenefitTerms(
                        true, e.tiers(), e.outpatient(), e.inpatient(), e.specialDiseaseOutpatient(), e.outOfArea());
        };
    }

    /** The rate tier of a hospital level (P8); fails when the mapping or the level is not published. */
    RateTier tier(HospitalLevel level) {
        RateTier tier = tiers.require("hospital.tier").get(level);
        if (tier == null) {
            throw notPublished("hospital.tier", "no rate tier for hospital level " + level);
        }
        return tier;
    }

    static PolicyException notPublished(String rule, String message) {
        return new PolicyException(ErrorCode.POLICY_NOT_PUBLISHED, rule, message);
    }

    /** A table entry the parameters leave out is not published, never guessed. */
    static <K, V> V entry(Map<K, V> table, K key, String rule) {
        V value = table.get(key);
        if (value == null) {
            throw notPublished(rule, "not published for " + key);
        }
        return value;
    }
}
