package cn.yibao.policy.claim.supplementary;

import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.claim.ci.BandText;
import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.Responsibility;
import cn.yibao.policy.parameters.SupplementaryPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 天一甬宁保 (SPEC §3.10, D9): four responsibilities, each with its own cumulative base, bands and
 * sum insured. Called for covered claims of an enrolled person only (P22).
 */
public final class SupplementaryBenefits {

    public static final String NOT_PUBLISHED_RULE = "supplementary.not-published";
    private static final Responsibility[] ALL = Responsibility.values();
    private static final String[] RULES = {
        "supplementary.r1", "supplementary.r2", "supplementary.r3", "supplementary.r4"
    };

    private SupplementaryBenefits() {}

    public static SupplementaryResult apply(
            SupplementaryEnrolment enrolment, SupplementaryBases bases, YearToDate ytd) {
        Param<Map<Responsibility, SupplementaryPolicy.Terms>> param =
                enrolment.terms().responsibilities();
        if (!(param instanceof Param.Published<Map<Responsibility, SupplementaryPolicy.Terms>> published)) {
            return notComputed("the responsibilities of this year's terms", param.source(), ytd);
        }
        Map<Responsibility, Money> paid = new EnumMap<>(Responsibility.class);
        List<Explanation> lines = new ArrayList<>(4);
        YearToDate.Builder after = null;
        Money total = Money.ZERO;
        boolean complete = true;
        for (Responsibility r : ALL) {
            Money x = bases.of(r);
            if (x == null) {
                complete = false;
                lines.add(notPublishedLine(
                        r + " needs the critical-illness amount, which is not published", published.source()));
                continue;
            }
            if (!x.isPositive()) {
                continue;
            }
            SupplementaryPolicy.Terms terms = published.value().get(r);
            Money pay = pay(r, terms, bands(terms, enrolment, r), x, ytd, lines, published.source());
            after = after != null ? after : ytd.toBuilder();
            after.supplementaryBase(r, ytd.supplementaryBase(r).plus(x));
            after.supplementaryPaid(r, ytd.supplementaryPaid(r).plus(pay));
            paid.put(r, pay);
            total = total.plus(pay);
        }
        return new SupplementaryResult(total, paid, complete, lines, after == null ? ytd : after.build());
    }

    /** D9: pre-existing bands, else the continuous bands (R2) for continuous enrolees, else standard. */
    static Bands bands(SupplementaryPolicy.Terms terms, SupplementaryEnrolment e, Responsibility r) {
        if (e.preExistingCondition()) {
            return terms.preExisting();
        }
        return e.continuousPreferential() && terms.continuous() != null ? terms.continuous() : terms.standard();
    }

    private static Money pay(
            Responsibility r,
            SupplementaryPolicy.Terms terms,
            Bands bands,
            Money x,
            YearToDate ytd,
            List<Explanation> lines,
            Source source) {
        BigDecimal from = ytd.supplementaryBase(r).yuan();
        BigDecimal to = from.add(x.yuan());
        Money banded = Money.roundHalfUp(bands.sum(from, to));
        List<Bands.Piece> pieces = bands.pieces(from, to);
        StringBuilder text = new StringBuilder(140)
                .append("天一甬宁保 ")
                .append(r)
                .append(": cumulative base ")
                .append(ytd.supplementaryBase(r))
                .append(" → ")
                .append(ytd.supplementaryBase(r).plus(x));
        BandText.appendPieces(text, pieces);
        lines.add(new Explanation(
                RULES[r.ordinal()],
                Layer.SUPPLEMENTARY,
                text.toString(),
                x,
                BandText.singleRate(pieces),
                banded,
                source));
        Money left = terms.sumInsured().minus(ytd.supplementaryPaid(r)).positivePart();
        if (!banded.isGreaterThan(left)) {
            return banded;
        }
        lines.add(new Explanation(
                "supplementary.sum-insured",
                Layer.SUPPLEMENTARY,
                r + " sum insured " + terms.sumInsured() + " with " + ytd.supplementaryPaid(r) + " already paid leaves "
                        + left,
                banded,
                null,
                left,
                source));
        return left;
    }

    private static SupplementaryResult notComputed(String what, Source source, YearToDate ytd) {
        return new SupplementaryResult(
                Money.ZERO, Map.of(), false, List.of(notPublishedLine(what + " not published", source)), ytd);
    }

    private static Explanation notPublishedLine(String why, Source source) {
        return new Explanation(
                NOT_PUBLISHED_RULE,
                Layer.SUPPLEMENTARY,
                "天一甬宁保 partly not computed: " + why + "; the personal amount is an upper bound",
                null,
                null,
                Money.ZERO,
                source);
    }
}
