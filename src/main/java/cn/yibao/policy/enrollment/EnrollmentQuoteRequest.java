package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Everything a resident contribution quote or enrolment needs (SPEC §3.1–§3.4).
 *
 * @param terms the policy year's parameters (published or projected)
 * @param newCollegeStudent newly admitted college or technical-secondary student (Huaihua benefit period)
 * @param history insurance of earlier years; the quoted year itself is taken as RESIDENT
 * @param paymentDate the business date of the payment (§7: no wall clock)
 * @param backPaidYears gap years paid afterwards (repair, D5); their price is NP
 * @param newborn non-null when this is a child's first enrolment (§3.2)
 * @param poolModeSetAt when a Shanghai founder set PAY_CONTRIBUTION (FAMILY_POOL payments); null if not
 */
public record EnrollmentQuoteRequest(
        ResidentPolicy terms,
        LocalDate birthDate,
        StudentStatus studentStatus,
        boolean newCollegeStudent,
        AssistanceStatus assistanceStatus,
        InsuranceHistory history,
        LocalDate paymentDate,
        int backPaidYears,
        @Nullable NewbornEnrolment newborn,
        Payer payer,
        @Nullable LocalDateTime poolModeSetAt) {

    public EnrollmentQuoteRequest {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(paymentDate, "paymentDate");
        studentStatus = studentStatus == null ? StudentStatus.NONE : studentStatus;
        assistanceStatus = assistanceStatus == null ? AssistanceStatus.NONE : assistanceStatus;
        history = history == null ? InsuranceHistory.EMPTY : history;
        payer = payer == null ? Payer.SELF : payer;
        if (backPaidYears < 0) {
            throw PolicyException.badInput("waiting.repair", "backPaidYears must not be negative");
        }
        if (newCollegeStudent && studentStatus != StudentStatus.COLLEGE) {
            throw PolicyException.badInput("benefits.start", "a new college student needs studentStatus COLLEGE");
        }
    }

    /** An ordinary self-paid adult-style request: no student status, assistance, newborn or pool. */
    public static EnrollmentQuoteRequest simple(
            ResidentPolicy terms, LocalDate birthDate, InsuranceHistory history, LocalDate paymentDate) {
        return new EnrollmentQuoteRequest(
                terms,
                birthDate,
                StudentStatus.NONE,
                false,
                AssistanceStatus.NONE,
                history,
                paymentDate,
                0,
                null,
                Payer.SELF,
                null);
    }

    public EnrollmentQuoteRequest withStudentStatus(StudentStatus s) {
        return new EnrollmentQuoteRequest(
                terms,
                birthDate,
                s,
                newCollegeStudent,
                assistanceStatus,
                history,
                paymentDate,
                backPaidYears,
                newborn,
                payer,
                poolModeSetAt);
    }

    public EnrollmentQuoteRequest withAssistance(AssistanceStatus a) {
        return new EnrollmentQuoteRequest(
                terms,
                birthDate,
                studentStatus,
                newCollegeStudent,
                a,
                history,
                paymentDate,
                backPaidYears,
                newborn,
                payer,
                poolModeSetAt);
    }

    public EnrollmentQuoteRequest withBackPaidYears(int r) {
        return new EnrollmentQuoteRequest(
                terms,
                birthDate,
                studentStatus,
                newCollegeStudent,
                assistanceStatus,
                history,
                paymentDate,
                r,
                newborn,
                payer,
                poolModeSetAt);
    }

    public EnrollmentQuoteRequest asNewborn(NewbornEnrolment n) {
        return new EnrollmentQuoteRequest(
                terms,
                birthDate,
                studentStatus,
                newCollegeStudent,
                assistanceStatus,
                history,
                paymentDate,
                backPaidYears,
                n,
                payer,
                poolModeSetAt);
    }

    public EnrollmentQuoteRequest paidByPool(LocalDateTime modeSetAt) {
        return new EnrollmentQuoteRequest(
                terms,
                birthDate,
                studentStatus,
                newCollegeStudent,
                assistanceStatus,
                history,
                paymentDate,
                backPaidYears,
                newborn,
                Payer.FAMILY_POOL,
                modeSetAt);
    }
}
