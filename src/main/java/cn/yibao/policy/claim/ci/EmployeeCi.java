package cn.yibao.policy.claim.ci;

import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.parameters.CriticalIllness;
import java.math.BigDecimal;
import java.util.List;

/**
 * Ningbo employee CI (SPEC §3.19, D10): absolute bands on the cumulative annual compliant cost K.
 * The claim's compliant cost arrives with 特殊药品 already excluded (P24).
 */
final class EmployeeCi {

    private EmployeeCi() {}

    static CiResult apply(CriticalIllness.CompliantCostBands model, Source source, Money compliant, YearToDate ytd) {
        BigDecimal from = ytd.ciBase().yuan();
        BigDecimal to = from.add(compliant.yuan());
        Money ci = Money.roundHalfUp(model.bands().sum(from, to));
        List<Bands.Piece> pieces = model.bands().pieces(from, to);
        StringBuilder text = new StringBuilder(140)
                .append("Employee CI: cumulative compliant cost ")
                .append(ytd.ciBase())
                .append(" → ")
                .append(ytd.ciBase().plus(compliant));
        BandText.appendPieces(text, pieces);
        Explanation line = new Explanation(
                "ci.employee.segment",
                Layer.CRITICAL_ILLNESS,
                text.toString(),
                compliant,
                BandText.singleRate(pieces),
                ci,
                source);
        YearToDate after = ytd.toBuilder()
                .ciBase(ytd.ciBase().plus(compliant))
                .ciPaid(ytd.ciPaid().plus(ci))
                .build();
        return new CiResult(ci, true, List.of(line), after);
    }
}
