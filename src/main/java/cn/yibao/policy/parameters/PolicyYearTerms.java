package cn.yibao.policy.parameters;

import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.RateTier;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import java.util.List;
import java.util.Map;

/** The parameters of one region, scheme and policy year, as loaded from its dated file. */
public sealed interface PolicyYearTerms permits ResidentPolicy, EmployeePolicy {

    Region region();

    Scheme scheme();

    int year();

    /** The published year this one is projected from, or null for a published year. */
    Integer projectedFrom();

    /** The policy documents behind this year (section empty). */
    List<Source> documents();

    /** How hospital levels map onto Ningbo's rate tiers (P8); not published outside Ningbo. */
    Param<Map<HospitalLevel, RateTier>> tiers();

    FamilyAid familyAid();

    default PolicyKey key() {
        return new PolicyKey(region(), scheme(), year());
    }

    default boolean projected() {
        return projectedFrom() != null;
    }
}
