package cn.yibao.service;

import cn.yibao.persistence.PersonEntity;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.enrollment.EnrollmentQuote;
import cn.yibao.policy.enrollment.EnrollmentQuoteRequest;
import cn.yibao.policy.enrollment.EnrollmentQuoteRules;
import cn.yibao.policy.enrollment.Incentive;
import cn.yibao.policy.enrollment.InsuranceHistory;
import cn.yibao.policy.enrollment.NewbornEnrolment;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.time.LocalDate;

/** Builds the core's enrollment request for a resident and turns its quote into a decision. */
final class ResidentEnrollment {

    private ResidentEnrollment() {}

    static EnrollmentQuote quote(
            ResidentPolicy terms,
            PersonEntity person,
            InsuranceHistory history,
            LocalDate paymentDate,
            Payer payer,
            int backPaidYears,
            boolean firstCollegeYear,
            java.time.LocalDateTime poolModeSetAt) {
        int birthYear = person.birthDate.getYear();
        // A child's enrolments for its birth year and the next follow the newborn rules (SPEC §7, P12).
        NewbornEnrolment newborn =
                terms.year() == birthYear || terms.year() == birthYear + 1 ? new NewbornEnrolment(false) : null;
        boolean newCollegeStudent = firstCollegeYear && person.studentStatus == StudentStatus.COLLEGE;
        return EnrollmentQuoteRules.quote(new EnrollmentQuoteRequest(
                terms,
                person.birthDate,
                person.studentStatus,
                newCollegeStudent,
                person.assistanceStatus,
                history,
                paymentDate,
                backPaidYears,
                newborn,
                payer,
                poolModeSetAt));
    }

    static EnrollmentDecision decision(
            EnrollmentQuote q, PaymentChannel channel, java.util.List<cn.yibao.policy.common.Explanation> extra) {
        Incentive i = q.incentive();
        java.util.List<cn.yibao.policy.common.Explanation> lines = new java.util.ArrayList<>(q.explanation());
        lines.addAll(extra);
        return new EnrollmentDecision(
                q.category(),
                q.amountDue(),
                channel,
                q.inEnrollmentWindow(),
                q.waiting().fixedMonths(),
                q.waiting().variableMonths(),
                q.benefitsStart(),
                q.benefitsEnd(),
                q.continuousYears(),
                orZero(i.continuousIncrement()),
                orZero(i.zeroClaimIncrement()),
                orZero(i.total()),
                i.effectiveCiCap(),
                q.projected(),
                Money.ZERO,
                lines);
    }

    /** DIRECT for a person paying for themself, SCHOOL for a school (SPEC §7); the pool's channel comes from its rules. */
    static PaymentChannel channel(Payer payer) {
        return payer == Payer.SCHOOL ? PaymentChannel.SCHOOL : PaymentChannel.DIRECT;
    }

    /** Amounts the documents do not publish (e.g. Shanghai's increments) show as 0; the lines say why. */
    private static Money orZero(Money m) {
        return m == null ? Money.ZERO : m;
    }
}
