package cn.yibao.policy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.ResidentPolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalAndEligibilityTest {

    private static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();
    private static final ResidentPolicy NINGBO_2026 = CATALOG.resident(Region.NINGBO, 2026);
    private static final LocalDate PAID = LocalDate.of(2025, 12, 20);

    /** E1 actions; row D is SCHOOL, not E1's AUTO_RENEW, because §8 C6 overrides the table. */
    @ParameterizedTest(name = "E1 {0}: born {1}, {2}, 2025 {3} → 2026 action {4}")
    @CsvSource(
            textBlock =
                    """
            A, 1985-04-12, NONE,              ADULT,                     AUTO_RENEW
            B, 2023-08-01, NONE,              INFANT,                    AUTO_RENEW
            C, 2010-03-15, NONE,              OTHER_MINOR,               AUTO_RENEW
            D, 2016-09-01, PRIMARY_SECONDARY, PRIMARY_SECONDARY_STUDENT, SCHOOL
            F, 2007-05-20, COLLEGE,           PRIMARY_SECONDARY_STUDENT, CATEGORY_CHANGE
            G, 2019-06-30, NONE,              INFANT,                    CATEGORY_CHANGE
            H, 2006-12-31, NONE,              OTHER_MINOR,               CATEGORY_CHANGE
            J, 2007-01-01, NONE,              OTHER_MINOR,               AUTO_RENEW
            """)
    void e1_renewal_actions_of_a_ningbo_family(
            String person, LocalDate birth, StudentStatus student, ResidentCategory previous, RenewalAction expected) {
        EnrolmentFacts facts = EnrolmentFacts.localHukou(birth, student, previous, PAID);
        assertThat(RenewalRules.action(NINGBO_2026, facts)).isEqualTo(expected);
        assertThat(EligibilityRules.eligibility(NINGBO_2026, facts)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @ParameterizedTest(name = "{0} → {7}")
    @CsvSource(
            textBlock =
                    """
            not enrolled last year,                     LOCAL_HUKOU,          NONE,  false, NONE,     ,            ,                     REGISTER
            hukou moved out,                            RESIDENCE_PERMIT,     NONE,  true,  NONE,     ADULT,       LOCAL_HUKOU,          REVERIFY
            residence permit expired,                   RESIDENCE_PERMIT,     NONE,  false, NONE,     ADULT,       RESIDENCE_PERMIT,     REVERIFY
            non-student enrolled with an HMT permit,    HMT_RESIDENCE_PERMIT, NONE,  true,  NONE,     ADULT,       HMT_RESIDENCE_PERMIT, REVERIFY
            non-local adult with a valid permit,        RESIDENCE_PERMIT,     NONE,  true,  NONE,     ADULT,       RESIDENCE_PERMIT,     AUTO_RENEW
            C4 non-local infant with its own permit,    RESIDENCE_PERMIT,     NONE,  true,  INFANT,   INFANT,      RESIDENCE_PERMIT,     AUTO_RENEW
            C4 non-local infant without its own permit, NONE,                 NONE,  false, INFANT,   INFANT,      NONE,                 REVERIFY
            """)
    void renewal_actions_follow_seed_000_section_3_with_c4(
            String situation,
            Residency residency,
            StudentStatus student,
            boolean ownPermit,
            String age,
            ResidentCategory previous,
            Residency previousResidency,
            RenewalAction expected) {
        LocalDate birth = age.equals("INFANT") ? LocalDate.of(2023, 3, 1) : LocalDate.of(1980, 3, 1);
        EnrolmentFacts facts = new EnrolmentFacts(
                birth,
                residency,
                student,
                false,
                EmploymentStatus.NONE,
                ownPermit,
                true,
                false,
                false,
                previous,
                previousResidency,
                false,
                PAID);
        assertThat(RenewalRules.action(NINGBO_2026, facts)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2} → {11}")
    @CsvSource(
            textBlock =
                    """
            NINGBO,  2026, local adult,                              1980-01-01, LOCAL_HUKOU,                NONE,              false, NONE,     false, false, false, ELIGIBLE
            NINGBO,  2026, non-local adult with a valid permit,      1980-01-01, RESIDENCE_PERMIT,           NONE,              false, NONE,     true,  false, false, ELIGIBLE
            NINGBO,  2026, non-local adult with an expired permit,   1980-01-01, RESIDENCE_PERMIT,           NONE,              false, NONE,     false, false, false, NOT_ELIGIBLE
            NINGBO,  2026, employed HMT resident,                    1980-01-01, HMT_RESIDENCE_PERMIT,       NONE,              false, EMPLOYED, true,  false, false, NOT_ELIGIBLE
            NINGBO,  2026, HMT resident not employed,                1980-01-01, HMT_RESIDENCE_PERMIT,       NONE,              false, NONE,     true,  false, false, ELIGIBLE
            NINGBO,  2026, foreign permanent resident not employed,  1980-01-01, FOREIGN_PERMANENT_RESIDENT, NONE,              false, NONE,     false, false, false, ELIGIBLE
            NINGBO,  2026, pupil at a Ningbo school without hukou,   2012-01-01, NONE,                       PRIMARY_SECONDARY, true,  NONE,     false, false, false, ELIGIBLE
            NINGBO,  2026, non-local newborn through a parent,       2026-03-01, NONE,                       NONE,              false, NONE,     false, true,  false, ELIGIBLE
            NINGBO,  2026, non-local pre-school child without parent permit, 2022-03-01, NONE,               NONE,              false, NONE,     false, false, false, NOT_ELIGIBLE
            NINGBO,  2025, 2025 newborn needs an insured parent,     2025-03-01, NONE,                       NONE,              false, NONE,     false, true,  false, NOT_ELIGIBLE
            NINGBO,  2025, 2025 newborn with an insured parent,      2025-03-01, NONE,                       NONE,              false, NONE,     false, true,  true,  ELIGIBLE
            NINGBO,  2026, C5 college student from Hangzhou,         2006-01-01, NONE,                       COLLEGE,           true,  NONE,     false, false, false, ELIGIBLE
            HUAIHUA, 2026, C5 college student in Huaihua,            2006-01-01, NONE,                       COLLEGE,           true,  NONE,     false, false, false, ELIGIBLE
            HUAIHUA, 2026, adult (rules NP),                         1980-01-01, LOCAL_HUKOU,                NONE,              false, NONE,     false, false, false, NOT_PUBLISHED
            """)
    void eligibility_follows_section_3_1_2_and_c5(
            Region region,
            int year,
            String who,
            LocalDate birth,
            Residency residency,
            StudentStatus student,
            boolean studiesHere,
            EmploymentStatus employment,
            boolean ownPermit,
            boolean parentPermit,
            boolean parentInsured,
            Eligibility expected) {
        EnrolmentFacts facts = new EnrolmentFacts(
                birth,
                residency,
                student,
                studiesHere,
                employment,
                ownPermit,
                parentPermit,
                parentInsured,
                false,
                null,
                null,
                false,
                LocalDate.of(year, 4, 1));
        assertThat(EligibilityRules.eligibility(CATALOG.resident(region, year), facts))
                .isEqualTo(expected);
    }
}
