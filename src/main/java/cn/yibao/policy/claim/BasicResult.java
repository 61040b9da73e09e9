package cn.yibao.policy.claim;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import java.util.List;

/**
 * What the basic layer (and, for employee outpatient, the current-year account) pays for one
 * claim, the base it hands to critical illness ({@code ciBase}: the Huaihua in-scope burden I −
 * basic, or the employee compliant cost P + (E − basic)), whether it could be computed, its
 * explanation lines and the accumulators after it.
 */
public record BasicResult(
        Money personalAccount, Money basic, Money ciBase, boolean complete, List<Explanation> lines, YearToDate after) {

    public BasicResult {
        lines = List.copyOf(lines);
    }
}
