package cn.yibao.policy.claim.ci;

import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Rate;
import java.math.RoundingMode;
import java.util.List;

/** Explanation text for the band pieces a claim occupies (no String.format on the claim path). */
public final class BandText {

    private BandText() {}

    /** Appends "; band 0–30000 at 0.60: 19780.00 × 0.60" for every piece, or "; below the bands". */
    public static void appendPieces(StringBuilder text, List<Bands.Piece> pieces) {
        if (pieces.isEmpty()) {
            text.append("; nothing falls in a paying band");
            return;
        }
        for (Bands.Piece p : pieces) {
            text.append("; band ")
                    .append(p.band().label())
                    .append(" at ")
                    .append(p.band().rate())
                    .append(": ")
                    .append(p.length().setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .append(" × ")
                    .append(p.band().rate());
        }
    }

    /** The rate when the claim lies in one band, else null (several rates apply). */
    public static Rate singleRate(List<Bands.Piece> pieces) {
        return pieces.size() == 1 ? pieces.get(0).band().rate() : null;
    }
}
