package cn.yibao.policy.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Ordered, non-overlapping bands on a cumulative axis (SPEC §0.3 {@code bandSum}). A claim of size
 * x when the year-to-date amount is B occupies [B, B + x) of the axis.
 */
public record Bands(List<Band> bands) {

    public Bands {
        Objects.requireNonNull(bands, "bands");
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("no bands");
        }
        for (int i = 1; i < bands.size(); i++) {
            Band prev = bands.get(i - 1);
            if (prev.to() == null || prev.to().compareTo(bands.get(i).from()) > 0) {
                throw new IllegalArgumentException("segment bounds out of order: " + prev.label() + " then "
                        + bands.get(i).label());
            }
        }
    }

    /** Exact (unrounded) Σ overlap × rate over [from, to). */
    public BigDecimal sum(BigDecimal from, BigDecimal to) {
        BigDecimal total = BigDecimal.ZERO;
        for (Band b : bands) {
            BigDecimal len = b.overlap(from, to);
            if (len.signum() > 0) {
                total = total.add(len.multiply(b.rate().value()));
            }
        }
        return total;
    }

    /** The non-empty pieces of [from, to), one per band, for explanation lines. */
    public List<Piece> pieces(BigDecimal from, BigDecimal to) {
        List<Piece> out = new ArrayList<>(bands.size());
        for (Band b : bands) {
            BigDecimal len = b.overlap(from, to);
            if (len.signum() > 0) {
                out.add(new Piece(b, len, len.multiply(b.rate().value())));
            }
        }
        return out;
    }

    /** Every rate lowered by {@code points}, never below 0 (out-of-area reductions). */
    public Bands lowered(Rate points) {
        if (points.value().signum() == 0) {
            return this;
        }
        List<Band> out = new ArrayList<>(bands.size());
        for (Band b : bands) {
            out.add(new Band(b.from(), b.to(), b.rate().minus(points)));
        }
        return new Bands(out);
    }

    public record Piece(Band band, BigDecimal length, BigDecimal exactAmount) {}
}
