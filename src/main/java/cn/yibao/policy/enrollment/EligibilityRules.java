package cn.yibao.policy.enrollment;

import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.ResidentPolicy;

/**
 * Who may enrol in resident insurance (SPEC §3.1.2; C5 for college students everywhere). Where a
 * year's {@code eligibility} is not published (Huaihua, Shanghai) the answer is NOT_PUBLISHED.
 */
public final class EligibilityRules {

    private EligibilityRules() {}

    public static Eligibility eligibility(ResidentPolicy terms, EnrolmentFacts f) {
        if (f.studentStatus() == StudentStatus.COLLEGE && f.studiesInRegion()) {
            return Eligibility.ELIGIBLE; // C5: eligible where they study, whatever the hukou
        }
        if (!terms.eligibility().isPublished()) {
            return Eligibility.NOT_PUBLISHED;
        }
        if (f.studentStatus() == StudentStatus.PRIMARY_SECONDARY && f.studiesInRegion()) {
            return Eligibility.ELIGIBLE;
        }
        if (ownDocumentQualifies(f) || childQualifiesThroughParent(terms, f)) {
            return Eligibility.ELIGIBLE;
        }
        return Eligibility.NOT_ELIGIBLE;
    }

    private static boolean ownDocumentQualifies(EnrolmentFacts f) {
        boolean notEmployed = f.employment() == EmploymentStatus.NONE;
        return switch (f.residency()) {
            case LOCAL_HUKOU -> true;
            case RESIDENCE_PERMIT -> f.ownPermitValid();
            case HMT_RESIDENCE_PERMIT -> f.ownPermitValid() && notEmployed;
            case FOREIGN_PERMANENT_RESIDENT -> notEmployed;
            case NONE -> false;
        };
    }

    /** A newborn or pre-school child without an own document, enrolled through a parent. */
    private static boolean childQualifiesThroughParent(ResidentPolicy terms, EnrolmentFacts f) {
        if (CategoryRules.category(terms, f.birthDate(), StudentStatus.NONE) != ResidentCategory.INFANT) {
            return false;
        }
        ResidentPolicy.EligibilityTerms rules = terms.eligibility().require("eligibility.child");
        if (rules.childRoute() == ResidentPolicy.ChildRoute.PARENT_DOCUMENT) {
            return f.parentDocumentValid();
        }
        boolean newborn = !f.asOf().isAfter(f.birthDate().plusMonths(rules.newbornMonths()));
        return (newborn || f.residenceRegistered()) && f.parentInsuredInRegion() && f.parentDocumentValid();
    }

    /** Whether the person is non-local (no local hukou). */
    static boolean nonLocal(EnrolmentFacts f) {
        return f.residency() != Residency.LOCAL_HUKOU;
    }
}
