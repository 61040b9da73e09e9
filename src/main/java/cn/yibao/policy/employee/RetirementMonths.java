package cn.yibao.policy.employee;

import cn.yibao.policy.parameters.EmployeePolicy.RetirementTerms;

/**
 * Exact month counting of SPEC §3.14 (P18): months are the unit, the 2 : 1 and 4 : 1 conversions
 * are kept as exact fractions by counting in 1/L months, L = lcm of the two divisors.
 */
final class RetirementMonths {

    private final RetirementTerms t;
    private final RetirementFacts f;
    final long unit;

    RetirementMonths(RetirementTerms t, RetirementFacts f) {
        this.t = t;
        this.f = f;
        this.unit = lcm(t.inpatientInsuranceDivisor(), t.migrantCiDivisor());
    }

    /** localPre + inpatient / d1 + migrantCi / d2, in 1/unit months. */
    long converted() {
        return unit * f.localPre()
                + unit / t.inpatientInsuranceDivisor() * f.inpatientInsurance()
                + unit / t.migrantCiDivisor() * f.migrantCi();
    }

    /** Old rule: deemed + converted + transferred + post, in 1/unit months. */
    long oldTotal() {
        return unit * (f.deemed() + f.transferredPre() + f.post()) + converted();
    }

    /** old shortfall = ceil(pos(min − total)). */
    int oldShortfall() {
        long missing = unit * t.oldMinMonths() - oldTotal();
        return missing <= 0 ? 0 : (int) Math.ceilDiv(missing, unit);
    }

    /** New rule: months before the adjustment date that get the coefficient, in 1/unit months. */
    long newPre() {
        return unit * f.deemed() + converted() + (f.newEnrolleeAfter20210701() ? 0 : unit * f.transferredPre());
    }

    /** ceil(pre × num / den): a part-month after adjustment counts as a month. */
    int adjusted() {
        return (int) Math.ceilDiv(newPre() * t.adjustmentNumerator(), unit * t.adjustmentDenominator());
    }

    int newTotal() {
        return adjusted() + f.post() + (f.newEnrolleeAfter20210701() ? f.transferredPre() : 0);
    }

    int newShortfall() {
        return Math.max(0, t.newMinMonths() - newTotal());
    }

    /** A count in 1/unit months as text, e.g. {@code 214 2/3}. */
    String text(long scaled) {
        return text(scaled, unit);
    }

    static String text(long num, long den) {
        long g = gcd(Math.abs(num), den);
        long n = num / g;
        long d = den / g;
        if (d == 1) {
            return Long.toString(n);
        }
        long whole = n / d;
        return (whole == 0 ? "" : whole + " ") + (n % d) + "/" + d;
    }

    private static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? (a == 0 ? 1 : a) : gcd(b, a % b);
    }
}
