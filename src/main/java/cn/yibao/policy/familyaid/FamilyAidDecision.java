package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Nullable;
import java.util.List;

/** Allowed ({@code refusal} null) or refused with an error code; {@code rule} is the deciding rule id. */
public record FamilyAidDecision(@Nullable ErrorCode refusal, String rule, List<Explanation> explanations) {

    public FamilyAidDecision {
        explanations = List.copyOf(explanations);
    }

    public static FamilyAidDecision allowed(String rule, List<Explanation> explanations) {
        return new FamilyAidDecision(null, rule, explanations);
    }

    public static FamilyAidDecision refused(ErrorCode code, String rule, List<Explanation> explanations) {
        return new FamilyAidDecision(code, rule, explanations);
    }

    public boolean isAllowed() {
        return refusal == null;
    }
}
