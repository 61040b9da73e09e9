package cn.yibao.policy.employee;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.EmploymentStatus;
import java.time.YearMonth;

/** One contribution month as it actually was, for the year-end reconciliation (base unused for RETIRED). */
public record AccountMonth(YearMonth month, EmploymentStatus status, @Nullable Money base) {}
