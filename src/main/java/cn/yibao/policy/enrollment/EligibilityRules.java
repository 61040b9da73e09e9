package cn.yibao.policy.enrollment;

import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.ResidentPolicy;

/**
 * Who may enrol in resident insurance (SPEC §3.1.2 for Ningbo; C5 for college students everywhere).
 * Huaihua and Shanghai publish no eligibility rules.
 */
public final class EligibilityRules {

    /**
     * First policy year of seed 000 §2's widened child rule (birth certificate plus a parent's valid
     * permit). The parameter files carry no field for it, so the year of the widening document is
     * named here; earlier years use seed 001 R-Q2(一)'s 0–6-month newborn rule.
     */
    static final int WIDENED_CHILD_RULE_FROM = 2026;

    private EligibilityRules() {}

    public static Eligibility eligibility(ResidentPolicy terms, EnrolmentFacts f) {
        if (f.studentStatus() == StudentStatus.COLLEGE && f.studiesInRegion()) {
            return Eligibility.ELIGIBLE; // C5: eligible where they study, whatever the hukou
        }
        if (terms.region() != Region.NINGBO) {
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
        if (terms.year() >= WIDENED_CHILD_RULE_FROM) {
            return f.parentDocumentValid();
        }
        boolean newborn = !f.asOf().isAfter(f.birthDate().plusMonths(6));
        return (newborn || f.residenceRegistered()) && f.parentInsuredInRegion() && f.parentDocumentValid();
    }

    /** Whether the person is non-local (no local hukou). */
    static boolean nonLocal(EnrolmentFacts f) {
        return f.residency() != Residency.LOCAL_HUKOU;
    }
}
