package cn.yibao.policy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.ResidentPolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitingAndBenefitDatesTest {

    private static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();
    private static final ResidentPolicy HUAIHUA_2026 = CATALOG.resident(Region.HUAIHUA, 2026);
    private static final ResidentPolicy NINGBO_2026 = CATALOG.resident(Region.NINGBO, 2026);
    private static final LocalDate LI_BORN = LocalDate.of(1980, 1, 1);
    /** E2: Li, Huaihua resident-insured up to 2023, uninsured 2024 and 2025. */
    private static final InsuranceHistory LI = InsuranceHistory.builder()
            .resident(2022, Money.of("0.00"))
            .resident(2023, Money.of("0.00"))
            .none(2024)
            .none(2025)
            .build();

    @ParameterizedTest(name = "E2{0}: paid {1}, back-paid {2} → due {3}, waiting {4}+{5}, benefits from {6}")
    @CsvSource(
            textBlock =
                    """
            '',   2026-03-15, 0, 1100.00, 3, 1, 2026-07-15
            (a),  2026-03-15, 1, 1100.00, 3, 0, 2026-06-15
            (b),  2025-12-20, 0, 400.00,  3, 1, 2026-05-01
            """)
    void e2_huaihua_late_enrolment_after_a_two_year_break(
            String variant,
            LocalDate paid,
            int backPaid,
            String due,
            int fixed,
            int variable,
            LocalDate benefitsStart) {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(
                EnrollmentQuoteRequest.simple(HUAIHUA_2026, LI_BORN, LI, paid).withBackPaidYears(backPaid));
        assertThat(q.amountDue()).isEqualTo(Money.of(due));
        assertThat(q.gapYears()).as("2024 is before 2025 and never counts (D5)").isEqualTo(1);
        assertThat(q.waiting()).isEqualTo(new WaitingPeriod(fixed, variable));
        assertThat(q.waiting().totalMonths()).isEqualTo(fixed + variable);
        assertThat(q.benefitsStart()).isEqualTo(benefitsStart);
        assertThat(q.benefitsEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.continuousYears()).isEqualTo(1);
        assertThat(q.zeroClaimYears()).isZero();
        assertThat(q.incentive().total()).isEqualTo(Money.of("0.00"));
        assertThat(q.incentive().effectiveCiCap()).isEqualTo(Money.of("400000.00"));
    }

    @ParameterizedTest(name = "E2: a claim on {0} is covered: {1}")
    @CsvSource(
            textBlock =
                    """
            2026-07-14, false
            2026-07-15, true
            2026-12-31, true
            """)
    void e2_benefits_start_on_15_july(LocalDate serviceDate, boolean covered) {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(
                EnrollmentQuoteRequest.simple(HUAIHUA_2026, LI_BORN, LI, LocalDate.of(2026, 3, 15)));
        assertThat(q.covers(serviceDate)).isEqualTo(covered);
        assertThat(q.explanation())
                .extracting(Explanation::rule)
                .contains(
                        "contribution.window",
                        "contribution.out-of-window",
                        "waiting.fixed",
                        "waiting.variable",
                        "benefits.start");
    }

    @ParameterizedTest(
            name = "E12 {0} 2029 (projected): uninsured from {1}, back-paid {2} → variable {3}, benefits from {4}")
    @CsvSource(
            textBlock =
                    """
            HUAIHUA, 2025, 0, 4, 2029-08-01
            HUAIHUA, 2025, 2, 3, 2029-07-01
            HUAIHUA, 2025, 4, 3, 2029-07-01
            HUAIHUA, 2026, 3, 0, 2029-04-01
            NINGBO,  2025, 0, 4, 2029-08-01
            NINGBO,  2025, 2, 3, 2029-07-01
            NINGBO,  2025, 4, 3, 2029-07-01
            NINGBO,  2026, 3, 0, 2029-04-01
            """)
    void e12_waiting_after_a_long_break_with_repair_and_floor(
            Region region, int uninsuredFrom, int backPaid, int variable, LocalDate benefitsStart) {
        ResidentPolicy terms = CATALOG.resident(region, 2029);
        InsuranceHistory history = uninsuredFrom == 2026
                ? InsuranceHistory.builder().resident(2025, Money.of("10.00")).build()
                : InsuranceHistory.EMPTY;
        EnrollmentQuote q = EnrollmentQuoteRules.quote(
                EnrollmentQuoteRequest.simple(terms, LocalDate.of(1970, 5, 5), history, LocalDate.of(2028, 12, 10))
                        .withBackPaidYears(backPaid));
        assertThat(q.inEnrollmentWindow()).isTrue();
        assertThat(q.gapYears()).isEqualTo(2029 - uninsuredFrom);
        assertThat(q.waiting()).isEqualTo(new WaitingPeriod(3, variable));
        assertThat(q.benefitsStart()).isEqualTo(benefitsStart);
        assertThat(q.benefitsEnd()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(q.projected()).isTrue();
        assertThat(q.explanation()).allSatisfy(e -> {
            assertThat(e.text()).contains("projected");
            assertThat(e.source().cite()).contains("projected from 2026");
        });
    }

    @Test
    void e12_the_floor_is_explained_when_it_applies() {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                        CATALOG.resident(Region.HUAIHUA, 2029),
                        LocalDate.of(1970, 5, 5),
                        InsuranceHistory.EMPTY,
                        LocalDate.of(2028, 12, 10))
                .withBackPaidYears(2));
        assertThat(q.explanation()).extracting(Explanation::rule).contains("waiting.repair", "waiting.floor");
    }

    @Test
    void e13a_a_newborn_across_the_year_end_enrols_twice_and_is_covered_from_birth_to_the_end_of_the_next_year() {
        LocalDate born = LocalDate.of(2025, 11, 20);
        LocalDate paid = LocalDate.of(2026, 1, 10);
        EnrollmentQuote y2025 = newborn(CATALOG.resident(Region.NINGBO, 2025), born, paid);
        EnrollmentQuote y2026 = newborn(NINGBO_2026, born, paid);
        assertThat(y2025.newborn()).isEqualTo(NewbornStatus.WITHIN_90_DAYS_CROSS_YEAR);
        assertThat(y2026.newborn()).isEqualTo(NewbornStatus.WITHIN_90_DAYS_CROSS_YEAR);
        assertThat(y2025.amountDue()).isEqualTo(Money.of("630.00"));
        assertThat(y2026.amountDue()).isEqualTo(Money.of("630.00"));
        assertThat(y2025.amountDue().plus(y2026.amountDue())).isEqualTo(Money.of("1260.00"));
        assertThat(y2025.waiting()).isEqualTo(WaitingPeriod.NONE);
        assertThat(y2026.waiting()).isEqualTo(WaitingPeriod.NONE);
        assertThat(y2025.benefitsStart()).isEqualTo(born);
        assertThat(y2025.benefitsEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(y2026.benefitsStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(y2026.benefitsEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(y2025.explanation()).extracting(Explanation::rule).contains("waiting.newborn");
    }

    @ParameterizedTest(name = "E13{0}: born {1}, paid {2} → {3}, due {4}, waiting {5}, benefits {6} – 2026-12-31")
    @CsvSource(
            textBlock =
                    """
            (b), 2026-01-05, 2026-05-01, AFTER_90_DAYS,  630.00, 3, 2026-08-01, true
            (c), 2026-02-01, 2026-02-20, WITHIN_90_DAYS, 630.00, 0, 2026-02-01, false
            """)
    void e13_ningbo_newborns_in_2026(
            String variant,
            LocalDate born,
            LocalDate paid,
            NewbornStatus status,
            String due,
            int fixed,
            LocalDate benefitsStart,
            boolean flagged) {
        EnrollmentQuote q = newborn(NINGBO_2026, born, paid);
        assertThat(q.newborn()).isEqualTo(status);
        assertThat(q.amountDue()).isEqualTo(Money.of(due));
        assertThat(q.outOfWindowPriceFlagged()).isEqualTo(flagged);
        assertThat(q.waiting()).isEqualTo(new WaitingPeriod(fixed, 0));
        assertThat(q.benefitsStart()).isEqualTo(benefitsStart);
        assertThat(q.benefitsEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.covers(benefitsStart.minusDays(1))).isFalse();
    }

    @Test
    void ningbo_assistance_recipients_are_exempt_from_waiting_even_out_of_window() {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(
                EnrollmentQuoteRequest.simple(NINGBO_2026, LI_BORN, InsuranceHistory.EMPTY, LocalDate.of(2026, 3, 1))
                        .withAssistance(AssistanceStatus.ORPHAN));
        assertThat(q.waiting()).isEqualTo(WaitingPeriod.NONE);
        assertThat(q.benefitsStart()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(q.explanation()).extracting(Explanation::rule).contains("waiting.exempt");
    }

    @Test
    void a_huaihua_new_college_student_enrolled_in_window_is_covered_from_1_september_2025() {
        EnrollmentQuoteRequest r = new EnrollmentQuoteRequest(
                HUAIHUA_2026,
                LocalDate.of(2007, 6, 1),
                StudentStatus.COLLEGE,
                true,
                AssistanceStatus.NONE,
                InsuranceHistory.builder().resident(2025, null).build(),
                LocalDate.of(2025, 10, 1),
                0,
                null,
                Payer.SELF,
                null);
        EnrollmentQuote q = EnrollmentQuoteRules.quote(r);
        assertThat(q.benefitsStart()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(q.benefitsEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_waiting_period_ending_after_the_year_gives_no_benefit_in_the_year() {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(
                EnrollmentQuoteRequest.simple(HUAIHUA_2026, LI_BORN, LI, LocalDate.of(2026, 11, 20)));
        assertThat(q.benefitsStart()).isEqualTo(LocalDate.of(2027, 3, 20));
        assertThat(q.benefitsInYear()).isFalse();
        assertThat(q.covers(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(q.explanation()).anySatisfy(e -> assertThat(e.text()).contains("no benefit in policy year 2026"));
    }

    @ParameterizedTest(name = "C14 Shanghai pupil paid in window, 2025 paid in window {0} → waiting {1}")
    @CsvSource(textBlock = """
            true,  0
            false, 3
            """)
    void shanghai_needs_every_year_paid_in_its_window_for_no_waiting(boolean lastYearInWindow, int fixed) {
        InsuranceHistory h = lastYearInWindow
                ? InsuranceHistory.builder().resident(2025, null).build()
                : InsuranceHistory.builder().residentOutOfWindow(2025, null).build();
        EnrollmentQuote q = EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                        CATALOG.resident(Region.SHANGHAI, 2026),
                        LocalDate.of(2015, 5, 1),
                        h,
                        LocalDate.of(2025, 12, 10))
                .withStudentStatus(StudentStatus.PRIMARY_SECONDARY));
        assertThat(q.waiting()).isEqualTo(new WaitingPeriod(fixed, 0));
    }

    @Test
    void c11_a_person_never_insured_counts_2025_as_a_gap_but_not_years_before_birth() {
        EnrollmentQuote adult = EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                NINGBO_2026, LI_BORN, InsuranceHistory.EMPTY, LocalDate.of(2025, 12, 20)));
        assertThat(adult.waiting()).isEqualTo(new WaitingPeriod(3, 1));
        EnrollmentQuote bornIn2026 = EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                CATALOG.resident(Region.NINGBO, 2027),
                LocalDate.of(2026, 3, 1),
                InsuranceHistory.EMPTY,
                LocalDate.of(2026, 12, 20)));
        assertThat(bornIn2026.gapYears()).isEqualTo(1);
    }

    private static EnrollmentQuote newborn(ResidentPolicy terms, LocalDate born, LocalDate paid) {
        return EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(terms, born, InsuranceHistory.EMPTY, paid)
                .asNewborn(new NewbornEnrolment(true)));
    }
}
