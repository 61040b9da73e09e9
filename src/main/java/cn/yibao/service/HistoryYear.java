package cn.yibao.service;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Scheme;

/** A year insured before this system; {@code fundReimbursed} 0 = a zero-claim year, null = unknown. */
public record HistoryYear(int year, String region, Scheme scheme, Money fundReimbursed) {}
