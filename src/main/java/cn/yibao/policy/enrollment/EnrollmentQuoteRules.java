package cn.yibao.policy.enrollment;

/**
 * One resident enrolment priced and dated: category, contribution, window, waiting period, benefit
 * dates and incentives (SPEC §3.1–§3.4 with §8 corrections), with explanation lines.
 */
public final class EnrollmentQuoteRules {

    private EnrollmentQuoteRules() {}

    public static EnrollmentQuote quote(EnrollmentQuoteRequest r) {
        Lines out = new Lines(r.terms());
        NewbornStatus newborn = NewbornRules.classify(r.terms(), r.birthDate(), r.paymentDate(), r.newborn());
        ContributionDue due = ContributionRules.due(r, newborn, out);
        BenefitDates dates = WaitingRules.dates(r, due.inEnrollmentWindow(), newborn, out);
        Incentive incentive = IncentiveRules.incentives(r.terms(), r.history(), r.assistanceStatus(), out);
        return new EnrollmentQuote(
                due.category(),
                due.individualContribution(),
                due.subsidy(),
                due.assistanceReduction(),
                due.outOfWindowSurcharge(),
                due.amountDue(),
                due.inEnrollmentWindow(),
                due.outOfWindowPriceFlagged(),
                newborn,
                dates.waiting(),
                dates.gapYears(),
                dates.benefitsStart(),
                dates.benefitsEnd(),
                dates.benefitsInYear(),
                incentive,
                r.terms().projected(),
                out.toList());
    }
}
