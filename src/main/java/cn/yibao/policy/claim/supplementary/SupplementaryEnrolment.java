package cn.yibao.policy.claim.supplementary;

import cn.yibao.policy.parameters.SupplementaryPolicy;
import java.util.Objects;

/**
 * A person's 天一甬宁保 enrolment for the claim's year (SPEC §3.10): the product terms, whether the
 * person has a pre-existing condition (既往症), and whether they were also enrolled the previous year.
 */
public record SupplementaryEnrolment(SupplementaryPolicy terms, boolean preExistingCondition, boolean continuous) {

    public SupplementaryEnrolment {
        Objects.requireNonNull(terms, "terms");
    }

    /** D9: the continuous-enrolment preferential rate applies to persons without a pre-existing condition only. */
    public boolean continuousPreferential() {
        return continuous && !preExistingCondition;
    }
}
