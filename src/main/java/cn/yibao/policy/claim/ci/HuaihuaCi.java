package cn.yibao.policy.claim.ci;

import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.parameters.CriticalIllness;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Huaihua CI (SPEC §3.9.1, D8): bands on the excess of the cumulative annual in-scope burden B over
 * the deductible; special groups use their own terms (lower deductible, +5 pp, no cap).
 */
final class HuaihuaCi {

    private HuaihuaCi() {}

    static CiResult apply(
            CriticalIllness.ExcessBands model,
            Source source,
            Claimant claimant,
            Money burden,
            @Nullable Money effectiveCap,
            YearToDate ytd) {
        boolean special = model.specialGroups().contains(claimant.assistance());
        CriticalIllness.Terms terms = special ? model.special() : model.ordinary();
        Money cap = special ? terms.cap() : (effectiveCap != null ? effectiveCap : terms.cap());
        BigDecimal ded = terms.deductible().yuan();
        BigDecimal from = excess(ytd.ciBase().yuan(), ded);
        BigDecimal to = excess(ytd.ciBase().yuan().add(burden.yuan()), ded);
        Money banded = Money.roundHalfUp(terms.bands().sum(from, to));
        List<Explanation> lines = new ArrayList<>(2);
        lines.add(segmentLine(terms, special, from, to, burden, banded, ytd, source));
        Money ci = banded;
        if (cap != null) {
            Money left = cap.minus(ytd.ciPaid()).positivePart();
            if (banded.isGreaterThan(left)) {
                ci = left;
                lines.add(new Explanation(
                        "ci.cap",
                        Layer.CRITICAL_ILLNESS,
                        "Annual CI cap " + cap + " with " + ytd.ciPaid() + " already paid leaves " + left,
                        banded,
                        null,
                        ci,
                        source));
            }
        }
        YearToDate after = ytd.toBuilder()
                .ciBase(ytd.ciBase().plus(burden))
                .ciPaid(ytd.ciPaid().plus(ci))
                .build();
        return new CiResult(ci, true, lines, after);
    }

    private static BigDecimal excess(BigDecimal cumulative, BigDecimal deductible) {
        BigDecimal e = cumulative.subtract(deductible);
        return e.signum() > 0 ? e : BigDecimal.ZERO;
    }

    private static Explanation segmentLine(
            CriticalIllness.Terms terms,
            boolean special,
            BigDecimal from,
            BigDecimal to,
            Money burden,
            Money amount,
            YearToDate ytd,
            Source source) {
        StringBuilder text = new StringBuilder(160)
                .append(special ? "Special-group CI" : "CI")
                .append(": cumulative in-scope burden ")
                .append(ytd.ciBase())
                .append(" → ")
                .append(ytd.ciBase().plus(burden))
                .append(", excess over ")
                .append(terms.deductible());
        List<Bands.Piece> pieces = terms.bands().pieces(from, to);
        BandText.appendPieces(text, pieces);
        return new Explanation(
                "ci.huaihua.segment",
                Layer.CRITICAL_ILLNESS,
                text.toString(),
                burden,
                BandText.singleRate(pieces),
                amount,
                source);
    }
}
