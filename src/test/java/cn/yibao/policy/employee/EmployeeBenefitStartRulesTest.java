package cn.yibao.policy.employee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.model.EmployeeStartSituation;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC E20 (§3.15, P7). */
class EmployeeBenefitStartRulesTest {

    private static final EmployeePolicy NINGBO_2023 =
            PolicyFileLoader.loadDefault().employee(Region.NINGBO, 2023);

    @ParameterizedTest(name = "E20 {0}: {1} in {2} → {4} from {3} ({5})")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            (a),       FIRST_EMPLOYED,         2023-03, 2023-04-01, start, NONE
            (b),       FIRST_FLEXIBLE,         2023-03, 2023-04-16, start, NONE
            (c),       CONTINUE_SHORT_GAP,     2023-04, 2023-05-01, start, CLAIMABLE_AFTER_BACK_PAY
            (d),       CONTINUE_LONG_GAP,      2023-06, 2023-08-01, start, NONE
            (e),       FROM_RESIDENT_EMPLOYED, 2023-09, 2023-09-01, start, NONE
            (f) stop,  ARREARS_STOP,           2023-02, 2023-03-01, stop,  NONE
            (f) short, ARREARS_SHORT,          2023-04, 2023-05-01, start, CLAIMABLE_MANUALLY
            (f) long,  ARREARS_LONG,           2023-07, 2023-09-01, start, BORNE_BY_PERSON
            """)
    void benefits_start_or_stop_on_the_first_day_of_the_natural_month_the_situation_names(
            String example,
            EmployeeStartSituation situation,
            String month,
            LocalDate expected,
            String kind,
            GapCosts gapCosts) {
        LocalDate arrived = situation == EmployeeStartSituation.FIRST_FLEXIBLE ? LocalDate.of(2023, 4, 15) : null;
        EmployeeBenefitChange c =
                EmployeeBenefitStartRules.change(NINGBO_2023, situation, YearMonth.parse(month), arrived);

        assertThat(c.date()).isEqualTo(expected);
        assertThat(c.stop()).isEqualTo(kind.equals("stop"));
        assertThat(c.gapCosts()).isEqualTo(gapCosts);
        assertThat(c.explanations()).singleElement().satisfies(e -> assertThat(e.rule())
                .isEqualTo(c.rule()));
    }

    @Test
    void e20a_and_b_contributions_start_the_month_after_first_registration() {
        assertThat(EmployeeBenefitStartRules.change(
                                NINGBO_2023, EmployeeStartSituation.FIRST_EMPLOYED, YearMonth.of(2023, 3), null)
                        .contributionsFrom())
                .isEqualTo(YearMonth.of(2023, 4));
    }

    @ParameterizedTest(name = "E20: last covered {0}, continuation {1} → {2}")
    @CsvSource(
            textBlock =
                    """
            2023-01, 2023-02, CONTINUE_NORMAL
            2023-01, 2023-04, CONTINUE_SHORT_GAP
            2023-01, 2023-05, CONTINUE_SHORT_GAP
            2023-01, 2023-06, CONTINUE_LONG_GAP
            """)
    void the_gap_is_the_months_strictly_between_the_last_covered_month_and_the_continuation(
            String last, String continuation, EmployeeStartSituation expected) {
        assertThat(EmployeeBenefitStartRules.continuation(
                        NINGBO_2023, YearMonth.parse(last), YearMonth.parse(continuation), true))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "E20 (f): arrears from {0} cleared in {1} → {2}")
    @CsvSource(
            textBlock =
                    """
            2023-02, 2023-04, ARREARS_SHORT
            2023-02, 2023-07, ARREARS_LONG
            """)
    void arrears_count_from_the_first_month_in_arrears_to_the_clearing_month(
            String from, String cleared, EmployeeStartSituation expected) {
        assertThat(EmployeeBenefitStartRules.arrearsCleared(
                        NINGBO_2023, YearMonth.parse(from), YearMonth.parse(cleared)))
                .isEqualTo(expected);
    }
}
