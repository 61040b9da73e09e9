package cn.yibao.policy.enrollment;

import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.ResidentPolicy;

/** The renewal action for the year (SPEC §3.1.3 with §8 C4 and C6; seed 000 §3, seed 001 R-Q3). */
public final class RenewalRules {

    private RenewalRules() {}

    public static RenewalAction action(ResidentPolicy terms, EnrolmentFacts f) {
        if (f.previousCategory() == null) {
            return RenewalAction.REGISTER;
        }
        ResidentCategory now = CategoryRules.category(terms, f.birthDate(), f.studentStatus());
        if (mustReverify(f, now)) {
            return RenewalAction.REVERIFY;
        }
        if (now != f.previousCategory()) {
            return RenewalAction.CATEGORY_CHANGE;
        }
        if (now == ResidentCategory.PRIMARY_SECONDARY_STUDENT) {
            return RenewalAction.SCHOOL; // C6: pupils are enrolled through their school
        }
        return RenewalAction.AUTO_RENEW;
    }

    /** Seed 000 §3 triggers, with C4 (non-local infants need their own valid permit; foreign passport). */
    static boolean mustReverify(EnrolmentFacts f, ResidentCategory now) {
        boolean hukouLost = f.previousResidency() == Residency.LOCAL_HUKOU && f.residency() != Residency.LOCAL_HUKOU;
        boolean permitExpired = f.residency() == Residency.RESIDENCE_PERMIT && !f.ownPermitValid();
        boolean nonStudent = f.studentStatus() == StudentStatus.NONE;
        boolean hmtOrPassport =
                f.previousResidency() == Residency.HMT_RESIDENCE_PERMIT || f.enrolledWithForeignPassport();
        boolean infantWithoutPermit =
                now == ResidentCategory.INFANT && EligibilityRules.nonLocal(f) && !f.ownPermitValid();
        return hukouLost || permitExpired || (nonStudent && hmtOrPassport) || infantWithoutPermit;
    }
}
