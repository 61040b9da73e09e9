package cn.yibao.policy.employee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC E18, account credits (§3.13, P9, P17). */
class AccountCreditRulesTest {

    private static final EmployeePolicy NINGBO_2023 =
            PolicyFileLoader.loadDefault().employee(Region.NINGBO, 2023);

    @ParameterizedTest(name = "E18: {0} born {1} with December base {2} gets {3} a month, pre-credit {4}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            EMPLOYED, 1972-06-01, 6000.00, 222.00, 2664.00
            RETIRED,  1957-06-01, -,       280.00, 3360.00
            RETIRED,  1950-06-01, -,       305.00, 3660.00
            """)
    void the_pre_credit_on_1_january_is_twelve_months_at_the_december_status_base_and_age(
            EmploymentStatus status, LocalDate birth, String base, String monthly, String preCredit) {
        AccountCredit c =
                AccountCreditRules.preCredit(NINGBO_2023, status, birth, base == null ? null : Money.of(base));

        assertThat(c.months()).isEqualTo(12);
        assertThat(c.monthly()).isEqualTo(Money.of(monthly));
        assertThat(c.amount()).isEqualTo(Money.of(preCredit));
        assertThat(c.explanations()).extracting(e -> e.rule()).contains("account.monthly", "account.pre-credit");
    }

    @ParameterizedTest(name = "P17: {0} born {1}, in {2}: age band gives {3}")
    @CsvSource(
            textBlock =
                    """
            EMPLOYED,   1978-03-31, 2023-03, 185.00
            EMPLOYED,   1978-04-01, 2023-03, 170.00
            FLEXIBLE,   1990-01-01, 2023-03, 170.00
            UNEMPLOYED, 1970-01-01, 2023-03, 185.00
            """)
    void the_age_band_is_taken_at_the_end_of_the_month_and_flexible_and_unemployed_use_in_service_rates(
            EmploymentStatus status, LocalDate birth, String month, String expected) {
        YearMonth m = YearMonth.parse(month);
        int age = AccountCreditRules.ageAtEndOfMonth(birth, m);

        assertThat(AccountCreditRules.monthly(NINGBO_2023, status, age, Money.of("5000.00"))
                        .amount())
                .isEqualTo(Money.of(expected));
    }

    @Test
    void e18_a_new_employee_registered_in_march_gets_nine_months_and_loses_three_when_interrupted_in_september() {
        LocalDate birth = LocalDate.of(1993, 1, 1); // age 30 in 2023
        AccountCredit credit = AccountCreditRules.newOrResumed(
                NINGBO_2023, YearMonth.of(2023, 3), EmploymentStatus.EMPLOYED, birth, Money.of("5000.00"));
        assertThat(credit.monthly()).isEqualTo(Money.of("170.00"));
        assertThat(credit.months()).isEqualTo(9);
        assertThat(credit.amount()).isEqualTo(Money.of("1530.00"));

        AccountCredit back = AccountCreditRules.interruption(NINGBO_2023, YearMonth.of(2023, 9), credit.monthly());
        assertThat(back.months()).isEqualTo(3);
        assertThat(back.amount()).isEqualTo(Money.of("510.00"));
        assertThat(credit.amount().minus(back.amount())).isEqualTo(Money.of("1020.00"));
    }

    @Test
    void year_end_reconciliation_credits_the_months_actually_contributed_minus_what_was_credited() {
        LocalDate birth = LocalDate.of(1993, 1, 1);
        List<AccountMonth> months = new ArrayList<>();
        for (int m = 4; m <= 9; m++) { // April–September, as in E18 after the interruption
            months.add(new AccountMonth(YearMonth.of(2023, m), EmploymentStatus.EMPLOYED, Money.of("5000.00")));
        }
        AccountCredit r = AccountCreditRules.reconcile(NINGBO_2023, birth, months, Money.of("1020.00"));
        assertThat(r.amount()).isEqualTo(Money.ZERO);

        AccountCredit higher = AccountCreditRules.reconcile(NINGBO_2023, birth, months, Money.of("1000.00"));
        assertThat(higher.amount()).isEqualTo(Money.of("20.00"));
        assertThat(higher.explanations()).hasSize(7);
    }
}
