package cn.yibao.policy.claim.ci;

import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import java.util.List;

/** The critical-illness layer of one claim; {@code complete = false} when its parameters are NP (amount 0). */
public record CiResult(Money amount, boolean complete, List<Explanation> lines, YearToDate after) {

    public CiResult {
        lines = List.copyOf(lines);
    }
}
