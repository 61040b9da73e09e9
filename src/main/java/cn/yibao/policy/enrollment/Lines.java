package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.util.ArrayList;
import java.util.List;

/** Collects the explanation lines of one enrolment result (layer null); marks a projected year's lines. */
final class Lines {

    private final List<Explanation> lines = new ArrayList<>();
    private final String suffix;

    Lines(ResidentPolicy terms) {
        this.suffix = terms.projected()
                ? " (projected: " + terms.year() + " uses the " + terms.projectedFrom() + " parameters)"
                : "";
    }

    /** A sink for callers that want no lines. */
    static Lines discard(ResidentPolicy terms) {
        return new Lines(terms);
    }

    void add(String rule, String text, Money base, Rate rate, Money amount, Source source) {
        lines.add(new Explanation(rule, null, text + suffix, base, rate, amount, source));
    }

    void note(String rule, String text, Source source) {
        add(rule, text, null, null, null, source);
    }

    List<Explanation> toList() {
        return List.copyOf(lines);
    }
}
