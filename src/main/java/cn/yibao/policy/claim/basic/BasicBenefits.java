package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.parameters.PolicyYearTerms;

/** Entry point of the basic layer of claim adjudication (SPEC §3.5–§3.8, §3.16–§3.18, §3.20). */
public final class BasicBenefits {

    private BasicBenefits() {}

    /** The basic layer (and employee current-year account) for one covered claim. */
    public static BasicResult apply(PolicyYearTerms terms, ClaimFacts claim, Claimant claimant, YearToDate ytd) {
        throw new PolicyException(ErrorCode.POLICY_NOT_PUBLISHED, "basic", "basic layer not implemented yet");
    }
}
