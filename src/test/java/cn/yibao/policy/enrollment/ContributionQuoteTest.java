package cn.yibao.policy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.ResidentPolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContributionQuoteTest {

    private static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();
    private static final ResidentPolicy NINGBO_2026 = CATALOG.resident(Region.NINGBO, 2026);
    private static final ResidentPolicy HUAIHUA_2026 = CATALOG.resident(Region.HUAIHUA, 2026);
    private static final ResidentPolicy SHANGHAI_2026 = CATALOG.resident(Region.SHANGHAI, 2026);
    private static final InsuranceHistory INSURED_2025 =
            InsuranceHistory.builder().resident(2025, Money.of("120.00")).build();

    @ParameterizedTest(name = "E1 {0}: born {1}, {2} → {3}, due {4}, no waiting, benefits all 2026")
    @CsvSource(
            textBlock =
                    """
            A, 1985-04-12, NONE,              ADULT,                     800.00
            B, 2023-08-01, NONE,              INFANT,                    630.00
            C, 2010-03-15, NONE,              OTHER_MINOR,               320.00
            D, 2016-09-01, PRIMARY_SECONDARY, PRIMARY_SECONDARY_STUDENT, 320.00
            F, 2007-05-20, COLLEGE,           COLLEGE_STUDENT,           200.00
            G, 2019-06-30, NONE,              OTHER_MINOR,               320.00
            H, 2006-12-31, NONE,              ADULT,                     800.00
            J, 2007-01-01, NONE,              OTHER_MINOR,               320.00
            """)
    void e1_ningbo_2026_quotes_in_window(
            String person, LocalDate birth, StudentStatus student, ResidentCategory category, String due) {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(
                EnrollmentQuoteRequest.simple(NINGBO_2026, birth, INSURED_2025, LocalDate.of(2025, 12, 20))
                        .withStudentStatus(student));
        assertThat(q.category()).isEqualTo(category);
        assertThat(q.individualContribution()).isEqualTo(Money.of(due));
        assertThat(q.subsidy()).isNull();
        assertThat(q.assistanceReduction()).isEqualTo(Money.ZERO);
        assertThat(q.amountDue()).isEqualTo(Money.of(due));
        assertThat(q.inEnrollmentWindow()).isTrue();
        assertThat(q.outOfWindowPriceFlagged()).isFalse();
        assertThat(q.waiting()).isEqualTo(new WaitingPeriod(0, 0));
        assertThat(q.benefitsStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.benefitsEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.projected()).isFalse();
        assertThat(q.explanation())
                .extracting(Explanation::rule)
                .contains("contribution.individual", "contribution.window", "benefits.start", "incentive.continuous");
        assertThat(q.explanation()).allSatisfy(e -> assertThat(e.layer()).isNull());
    }

    @Test
    void e1_family_a_b_c_d_pays_2070_in_all() {
        Money total = Money.ZERO;
        String[][] family = {
            {"1985-04-12", "NONE"}, {"2023-08-01", "NONE"}, {"2010-03-15", "NONE"}, {"2016-09-01", "PRIMARY_SECONDARY"}
        };
        for (String[] p : family) {
            total = total.plus(EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                                    NINGBO_2026, LocalDate.parse(p[0]), INSURED_2025, LocalDate.of(2025, 12, 20))
                            .withStudentStatus(StudentStatus.valueOf(p[1])))
                    .amountDue());
        }
        assertThat(total).isEqualTo(Money.of("2070.00"));
    }

    @Test
    void e1_out_of_window_adult_pays_the_flagged_standard_price_and_waits_three_months() {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                NINGBO_2026, LocalDate.of(1985, 4, 12), INSURED_2025, LocalDate.of(2026, 2, 10)));
        assertThat(q.amountDue()).isEqualTo(Money.of("800.00"));
        assertThat(q.inEnrollmentWindow()).isFalse();
        assertThat(q.outOfWindowPriceFlagged()).isTrue();
        assertThat(q.waiting()).isEqualTo(new WaitingPeriod(3, 0));
        assertThat(q.benefitsStart()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(q.benefitsEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.explanation())
                .extracting(Explanation::rule)
                .contains("contribution.out-of-window", "waiting.fixed");
    }

    @ParameterizedTest(name = "E1 2025 comparison: born {0} → {1} {2} (subsidy {3})")
    @CsvSource(
            textBlock =
                    """
            1985-04-12, NONE,              780.00, 2090.00
            2023-08-01, NONE,              630.00, 1000.00
            2010-03-15, NONE,              290.00, 370.00
            2016-09-01, PRIMARY_SECONDARY, 290.00, 370.00
            """)
    void e1_2025_comparison_quotes(LocalDate birth, StudentStatus student, String due, String subsidy) {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                        CATALOG.resident(Region.NINGBO, 2025),
                        birth,
                        InsuranceHistory.EMPTY,
                        LocalDate.of(2024, 12, 20))
                .withStudentStatus(student));
        assertThat(q.amountDue()).isEqualTo(Money.of(due));
        assertThat(q.subsidy()).isEqualTo(Money.of(subsidy));
    }

    @Test
    void a_ningbo_2025_college_student_is_not_published() {
        assertThatThrownBy(() -> ContributionRules.due(EnrollmentQuoteRequest.simple(
                                CATALOG.resident(Region.NINGBO, 2025),
                                LocalDate.of(2005, 1, 1),
                                InsuranceHistory.EMPTY,
                                LocalDate.of(2024, 12, 20))
                        .withStudentStatus(StudentStatus.COLLEGE)))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED));
    }

    @ParameterizedTest(
            name = "E21: {0} paying {1} → in window {2}, assistance {4}, surcharge {5}, due {6}, benefits from {7}")
    @CsvSource(
            textBlock =
                    """
            NONE,                2025-11-15, true,  400.00, 0.00,   0.00,   400.00,  2026-01-01
            ORPHAN,              2025-11-15, true,  400.00, 400.00, 0.00,   0.00,    2026-01-01
            MINIMUM_LIVING,      2025-11-15, true,  400.00, 200.00, 0.00,   200.00,  2026-01-01
            NONE,                2026-02-01, false, 400.00, 0.00,   700.00, 1100.00, 2026-05-01
            MINIMUM_LIVING,      2026-02-01, false, 400.00, 200.00, 700.00, 900.00,  2026-05-01
            RETURNED_TO_POVERTY, 2025-11-15, true,  400.00, 0.00,   0.00,   400.00,  2026-01-01
            """)
    void e21_huaihua_2026_quotes_with_assistance(
            AssistanceStatus assistance,
            LocalDate paid,
            boolean inWindow,
            String personal,
            String reduction,
            String surcharge,
            String due,
            LocalDate benefitsFrom) {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(
                EnrollmentQuoteRequest.simple(HUAIHUA_2026, LocalDate.of(1980, 6, 1), INSURED_2025, paid)
                        .withAssistance(assistance));
        assertThat(q.inEnrollmentWindow()).isEqualTo(inWindow);
        assertThat(q.individualContribution()).isEqualTo(Money.of(personal));
        assertThat(q.assistanceReduction()).isEqualTo(Money.of(reduction));
        assertThat(q.outOfWindowSurcharge()).isEqualTo(Money.of(surcharge));
        assertThat(q.amountDue()).isEqualTo(Money.of(due));
        assertThat(q.outOfWindowPriceFlagged()).isFalse();
        assertThat(q.subsidy()).isEqualTo(Money.of("700.00"));
        assertThat(q.benefitsStart()).isEqualTo(benefitsFrom);
    }

    @Test
    void a_payment_on_2027_01_05_for_2026_is_bad_user_input() {
        assertThatThrownBy(() -> EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                        NINGBO_2026, LocalDate.of(1985, 4, 12), INSURED_2025, LocalDate.of(2027, 1, 5))))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
    }

    @Test
    void a_payment_before_the_huaihua_window_opens_is_bad_user_input() {
        assertThatThrownBy(() -> EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                        HUAIHUA_2026, LocalDate.of(1985, 4, 12), INSURED_2025, LocalDate.of(2025, 8, 31))))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
    }

    @Test
    void shanghai_adults_are_not_published() {
        assertThatThrownBy(() -> EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                        SHANGHAI_2026, LocalDate.of(1985, 4, 12), INSURED_2025, LocalDate.of(2025, 12, 1))))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED));
    }

    @ParameterizedTest(name = "Shanghai pupil paid {0} (pool mode set {1}) → in window {2}")
    @CsvSource(
            textBlock =
                    """
            2025-12-15, ,                 true
            2025-12-16, ,                 false
            2025-12-20, 2025-12-15T17:00, true
            2025-12-20, 2025-12-15T17:01, false
            """)
    void shanghai_pupils_pay_by_15_december_and_pool_payments_count_by_the_mode_time(
            LocalDate paid, LocalDateTime modeSetAt, boolean inWindow) {
        EnrollmentQuoteRequest r = EnrollmentQuoteRequest.simple(
                        SHANGHAI_2026, LocalDate.of(2015, 5, 1), INSURED_2025, paid)
                .withStudentStatus(StudentStatus.PRIMARY_SECONDARY);
        EnrollmentQuote q = EnrollmentQuoteRules.quote(modeSetAt == null ? r : r.paidByPool(modeSetAt));
        assertThat(q.amountDue()).isEqualTo(Money.of("400.00"));
        assertThat(q.inEnrollmentWindow()).isEqualTo(inWindow);
        assertThat(q.outOfWindowPriceFlagged()).isEqualTo(!inWindow);
    }

    @Test
    void ningbo_assistance_is_not_published_and_explained() {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                        NINGBO_2026, LocalDate.of(1985, 4, 12), INSURED_2025, LocalDate.of(2025, 12, 20))
                .withAssistance(AssistanceStatus.MINIMUM_LIVING));
        assertThat(q.assistanceReduction()).isEqualTo(Money.ZERO);
        assertThat(q.amountDue()).isEqualTo(Money.of("800.00"));
        List<String> rules = q.explanation().stream().map(Explanation::rule).toList();
        assertThat(rules).contains("contribution.assistance.not-published");
    }
}
