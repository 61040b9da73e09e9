package cn.yibao.service;

import cn.yibao.persistence.PersonEntity;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
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
            boolean firstCollegeYear) {
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
                null));
    }

    static EnrollmentDecision decision(EnrollmentQuote q, Payer payer) {
        Incentive i = q.incentive();
        return new EnrollmentDecision(
                q.category(),
                q.amountDue(),
                channel(payer),
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
                q.explanation());
    }

    static PaymentChannel channel(Payer payer) {
        return switch (payer) {
            case SELF -> PaymentChannel.DIRECT;
            case SCHOOL -> PaymentChannel.SCHOOL;
            case FAMILY_POOL ->
                throw PolicyException.badInput(
                        "family.channel", "the family pool channel is decided by the family mutual-aid rules");
        };
    }

    /** Amounts the documents do not publish (e.g. Shanghai's increments) show as 0; the lines say why. */
    private static Money orZero(Money m) {
        return m == null ? Money.ZERO : m;
    }
}
