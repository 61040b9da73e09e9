package cn.yibao.policy.claim.supplementary;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.PremiumGroup;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.parameters.SupplementaryPolicy;

/** 天一甬宁保 premium (SPEC §3.10, §8 C12). */
public final class SupplementaryPremium {

    private SupplementaryPremium() {}

    /**
     * C12: the minors-and-students row for a person whose resident category that year is INFANT,
     * OTHER_MINOR or a student; the adult row otherwise ({@code category} null = employee or retiree).
     */
    public static PremiumGroup group(@Nullable ResidentCategory category) {
        if (category == null) {
            return PremiumGroup.ADULT;
        }
        return switch (category) {
            case ADULT -> PremiumGroup.ADULT;
            case INFANT, OTHER_MINOR, PRIMARY_SECONDARY_STUDENT, COLLEGE_STUDENT -> PremiumGroup.MINOR_OR_STUDENT;
        };
    }

    /** The premium for the year, or POLICY_NOT_PUBLISHED when the terms publish none. */
    public static Money premium(SupplementaryPolicy terms, @Nullable ResidentCategory category) {
        PremiumGroup group = group(category);
        Money premium = terms.premium().require("supplementary.premium").get(group);
        if (premium == null) {
            throw new IllegalStateException("no premium row " + group + " in the 天一甬宁保 terms of " + terms.year());
        }
        return premium;
    }
}
