package cn.yibao.policy.claim.supplementary;

import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Responsibility;
import java.util.List;
import java.util.Map;

/** The 天一甬宁保 layer of one claim: total, per responsibility, completeness, lines, accumulators after. */
public record SupplementaryResult(
        Money amount,
        Map<Responsibility, Money> byResponsibility,
        boolean complete,
        List<Explanation> lines,
        YearToDate after) {

    public static SupplementaryResult none(YearToDate ytd) {
        return new SupplementaryResult(Money.ZERO, Map.of(), true, List.of(), ytd);
    }

    public Money of(Responsibility r) {
        return byResponsibility.getOrDefault(r, Money.ZERO);
    }
}
