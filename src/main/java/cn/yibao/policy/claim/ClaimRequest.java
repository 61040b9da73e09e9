package cn.yibao.policy.claim;

import cn.yibao.policy.claim.supplementary.SupplementaryEnrolment;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.parameters.PolicyYearTerms;
import java.util.Objects;

/**
 * Everything one adjudication needs (SPEC §3.0.5).
 *
 * @param terms          parameters of the covering enrolment's policy year, or of the date's year when uncovered (C1)
 * @param before         the year-to-date accumulators of that policy year before this claim
 * @param effectiveCiCap Huaihua CI cap incl. applied incentives (§3.4); null = the published cap
 * @param supplementary  天一甬宁保 enrolment for the year; null = not enrolled
 * @param poolAvailable  family pool / authoriser balance usable for this claim (§3.23); null = none
 */
public record ClaimRequest(
        PolicyYearTerms terms,
        ClaimFacts claim,
        Claimant claimant,
        YearToDate before,
        Coverage coverage,
        @Nullable Money effectiveCiCap,
        @Nullable SupplementaryEnrolment supplementary,
        @Nullable Money poolAvailable) {

    public ClaimRequest {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(coverage, "coverage");
        if (effectiveCiCap != null && effectiveCiCap.isNegative()) {
            throw new IllegalArgumentException("effective CI cap below 0");
        }
        if (poolAvailable != null && poolAvailable.isNegative()) {
            throw new IllegalArgumentException("pool balance below 0");
        }
    }

    /** A covered claim with the published CI cap, no supplementary enrolment and no pool. */
    public static ClaimRequest of(PolicyYearTerms terms, ClaimFacts claim, Claimant claimant, YearToDate before) {
        return new ClaimRequest(terms, claim, claimant, before, Coverage.covered(), null, null, null);
    }

    public ClaimRequest withCoverage(Coverage c) {
        return new ClaimRequest(terms, claim, claimant, before, c, effectiveCiCap, supplementary, poolAvailable);
    }

    public ClaimRequest withEffectiveCiCap(Money cap) {
        return new ClaimRequest(terms, claim, claimant, before, coverage, cap, supplementary, poolAvailable);
    }

    public ClaimRequest withSupplementary(SupplementaryEnrolment s) {
        return new ClaimRequest(terms, claim, claimant, before, coverage, effectiveCiCap, s, poolAvailable);
    }

    public ClaimRequest withPool(Money pool) {
        return new ClaimRequest(terms, claim, claimant, before, coverage, effectiveCiCap, supplementary, pool);
    }

    public ClaimRequest withClaim(ClaimFacts c) {
        return new ClaimRequest(terms, c, claimant, before, coverage, effectiveCiCap, supplementary, poolAvailable);
    }

    public ClaimRequest withBefore(YearToDate ytd) {
        return new ClaimRequest(terms, claim, claimant, ytd, coverage, effectiveCiCap, supplementary, poolAvailable);
    }
}
