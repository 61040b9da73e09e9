package cn.yibao.policy.claim.basic;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;

/**
 * Explanation lines of the basic layer. {@code amount} is what the rule decides for this claim:
 * the fund's (or account's) payment, or, for a deductible, self-pay segment or amount above a
 * limit, the part borne personally (the text says which); {@code rate} is null where none applies.
 */
final class Line {

    private Line() {}

    static Explanation basic(String rule, String text, Money base, Rate rate, Money amount, Source source) {
        return new Explanation(rule, Layer.BASIC, text, base, rate, amount, source);
    }

    static Explanation account(String rule, String text, Money base, Money amount, Source source) {
        return new Explanation(rule, Layer.PERSONAL_ACCOUNT, text, base, null, amount, source);
    }
}
