package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What eligibility (SPEC §3.1.2, C5) and the renewal action (§3.1.3, C4, C6) need to know about a person.
 *
 * @param birthDate the person's birth date
 * @param residency the residence document held now
 * @param studentStatus school registration
 * @param studiesInRegion the school or college is in the region (pupils: in the city; C5: college students)
 * @param employment employment status (HMT residents and foreigners must not be employed)
 * @param ownPermitValid the person's own residence permit (ordinary or HMT) is valid and issued by the city
 * @param parentDocumentValid a parent holds a valid city residence permit (HMT: the parent's HMT permit and
 *     kinship proof) — for a newborn or pre-school child without a document of its own
 * @param parentInsuredInRegion a parent is insured in the region with normal benefits (2025 newborn rule)
 * @param residenceRegistered the child holds the 《流动人口居住登记凭证》 (2025 rule for non-local infants)
 * @param previousCategory the category of last year's enrolment in the region; null = not enrolled
 * @param previousResidency the residence document last year's enrolment was made with; null = not enrolled
 * @param enrolledWithForeignPassport last year's enrolment used a foreign passport (C4)
 * @param asOf the date the facts are judged on (the payment or registration date)
 */
public record EnrolmentFacts(
        LocalDate birthDate,
        Residency residency,
        StudentStatus studentStatus,
        boolean studiesInRegion,
        EmploymentStatus employment,
        boolean ownPermitValid,
        boolean parentDocumentValid,
        boolean parentInsuredInRegion,
        boolean residenceRegistered,
        @Nullable ResidentCategory previousCategory,
        @Nullable Residency previousResidency,
        boolean enrolledWithForeignPassport,
        LocalDate asOf) {

    public EnrolmentFacts {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(asOf, "asOf");
        residency = residency == null ? Residency.NONE : residency;
        studentStatus = studentStatus == null ? StudentStatus.NONE : studentStatus;
        employment = employment == null ? EmploymentStatus.NONE : employment;
    }

    /** A local-hukou person, not employed, enrolled last year in {@code previousCategory} with the hukou. */
    public static EnrolmentFacts localHukou(
            LocalDate birthDate, StudentStatus student, @Nullable ResidentCategory previousCategory, LocalDate asOf) {
        return new EnrolmentFacts(
                birthDate,
                Residency.LOCAL_HUKOU,
                student,
                true,
                EmploymentStatus.NONE,
                false,
                false,
                false,
                false,
                previousCategory,
                previousCategory == null ? null : Residency.LOCAL_HUKOU,
                false,
                asOf);
    }
}
