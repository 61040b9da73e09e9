package cn.yibao.service;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import java.util.List;

/**
 * What a family pool paid of a member's remaining medical burden (layer family-pool, SPEC §3.23).
 * {@code networkId}/{@code entryGroup} null when the person is in no network or nothing moved;
 * {@code poolRefusal} says why the pool paid nothing where it could not (e.g. MODE_NOT_ENABLED);
 * {@code explanations} are the family-pool lines for the adjudication.
 */
public record MedicalPoolPayment(
        Long networkId, Money pool, ErrorCode poolRefusal, Long entryGroup, List<Explanation> explanations) {

    public MedicalPoolPayment {
        explanations = List.copyOf(explanations);
    }

    static MedicalPoolPayment none() {
        return new MedicalPoolPayment(null, Money.ZERO, null, null, List.of());
    }
}
