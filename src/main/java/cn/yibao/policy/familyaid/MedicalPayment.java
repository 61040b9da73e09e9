package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import java.util.List;

/**
 * How a remaining personal burden is paid (SPEC §3.23): own historical account (layer
 * personal-account), then the family pool / authoriser's account (layer family-pool), then cash
 * (layer personal). {@code poolRefusal} says why the pool paid nothing, where it could not pay.
 */
public record MedicalPayment(
        Money ownAccount,
        Money pool,
        Money cash,
        Money ownBalanceAfter,
        @Nullable Money fundAfter,
        @Nullable ErrorCode poolRefusal,
        List<Explanation> explanations) {

    public MedicalPayment {
        explanations = List.copyOf(explanations);
    }
}
