package cn.yibao.api.types;

import cn.yibao.persistence.ClaimLineEntity;
import cn.yibao.policy.common.Explanation;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AdjudicationLine")
@Description(
        "One line of an adjudication: which layer, which rule, on what base, at what rate, how much, and from where.")
public record AdjudicationLineView(
        @NonNull
                @Description(
                        "personal-account | basic | critical-illness | supplementary | family-pool | personal | note")
                String layer,
        @NonNull String rule,
        @NonNull @Description("The amount the rule applied to (0 for notes)") BigDecimal base,
        BigDecimal rate,
        @NonNull BigDecimal amount,
        @NonNull String text,
        @NonNull String source) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public static AdjudicationLineView from(Explanation e) {
        return new AdjudicationLineView(
                e.layer() == null ? "note" : e.layer().id(),
                e.rule(),
                e.base() == null ? ZERO : e.base().yuan(),
                e.rate() == null ? null : e.rate().value(),
                e.amount() == null ? ZERO : e.amount().yuan(),
                e.text(),
                e.source().cite());
    }

    public static AdjudicationLineView stored(ClaimLineEntity l) {
        return new AdjudicationLineView(
                l.layer,
                l.rule,
                l.base == null ? ZERO : l.base.yuan(),
                l.rate,
                l.amount == null ? ZERO : l.amount.yuan(),
                l.text,
                l.source);
    }
}
