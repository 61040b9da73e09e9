package cn.yibao.policy.common;

import java.util.Objects;

/**
 * One line explaining an amount: the stable rule id, the layer it belongs to (null for
 * non-claim results), a sentence, the base, the rate (null where none applies), the amount and
 * the source of the parameters used.
 */
public record Explanation(String rule, Layer layer, String text, Money base, Rate rate, Money amount, Source source) {

    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    public static Explanation note(String rule, String text, Source source) {
        return new Explanation(rule, null, text, null, null, null, source);
    }
}
