package cn.yibao.service;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.ResidentCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules decided for one enrollment, whichever the scheme. {@code currentAccountCredit}:
 * the employee current-year account credited at enrollment (0 for residents).
 */
record EnrollmentDecision(
        ResidentCategory category,
        Money amountDue,
        PaymentChannel channel,
        boolean inWindow,
        int fixedMonths,
        int variableMonths,
        LocalDate benefitsStart,
        LocalDate benefitsEnd,
        int continuousYears,
        Money continuousIncrement,
        Money zeroClaimIncrement,
        Money incentiveTotal,
        Money effectiveCiCap,
        boolean projected,
        Money currentAccountCredit,
        List<Explanation> lines) {}
