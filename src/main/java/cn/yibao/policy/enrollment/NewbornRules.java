package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.time.LocalDate;

/** Classifies a child's first enrolment against {@code newbornEnrolWithinDays} (P12: payment ≤ birth + days). */
public final class NewbornRules {

    private NewbornRules() {}

    public static NewbornStatus classify(
            ResidentPolicy terms, LocalDate birthDate, LocalDate paymentDate, NewbornEnrolment newborn) {
        int y0 = birthDate.getYear();
        if (terms.year() < y0) {
            throw PolicyException.badInput(
                    "contribution.newborn", "born " + birthDate + ", after policy year " + terms.year());
        }
        if (newborn == null || terms.year() > y0 + 1) {
            return NewbornStatus.NONE;
        }
        if (paymentDate.isBefore(birthDate)) {
            throw PolicyException.badInput("contribution.newborn", "payment " + paymentDate + " before the birth");
        }
        int days = terms.newbornEnrolWithinDays().require("contribution.newborn");
        LocalDate limit = birthDate.plusDays(days);
        boolean within = !paymentDate.isAfter(limit);
        boolean crosses = limit.getYear() > y0;
        if (terms.year() == y0 + 1 && !crosses) {
            return NewbornStatus.NONE; // the newborn rule reaches the next year only across the year end
        }
        if (!within) {
            return NewbornStatus.AFTER_90_DAYS;
        }
        return crosses && newborn.bothYearsPaid()
                ? NewbornStatus.WITHIN_90_DAYS_CROSS_YEAR
                : NewbornStatus.WITHIN_90_DAYS;
    }
}
