package cn.yibao.policy.employee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.ContributorType;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC E18, monthly contributions (2023, bases of P20). */
class EmployeeContributionRulesTest {

    private static final EmployeePolicy NINGBO_2023 =
            PolicyFileLoader.loadDefault().employee(Region.NINGBO, 2023);

    @ParameterizedTest(name = "E18: {0} with wage {1} pays on base {2}: personal {3}, employer {4}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            EMPLOYED,          25000.00, 22311.00, 446.22, 1896.44
            EMPLOYED,          10000.00, 10000.00, 200.00,  850.00
            EMPLOYED,           3000.00,  3957.00,  79.14,  336.35
            FLEXIBLE,          -,         3957.00, 415.49, -
            UNEMPLOYED,        -,         3957.00, 395.70, -
            RETIREE_EXTENSION, -,         3957.00, 395.70, -
            """)
    void the_monthly_contribution_follows_the_base_and_the_row_of_the_contributor_type(
            ContributorType type, String wage, String base, String personal, String employer) {
        MonthlyContribution c =
                EmployeeContributionRules.monthly(NINGBO_2023, type, wage == null ? null : Money.of(wage));

        assertThat(c.base()).isEqualTo(Money.of(base));
        assertThat(c.personal()).isEqualTo(Money.of(personal));
        assertThat(c.employer()).isEqualTo(employer == null ? null : Money.of(employer));
        assertThat(c.explanations()).extracting(e -> e.rule()).contains("employee.contribution.personal");
        assertThat(c.explanations())
                .allSatisfy(e -> assertThat(e.source().cite()).contains("(二)"));
    }

    @ParameterizedTest(name = "C13: {0} starting {2} owes {3} for {4} months, employer {5}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            EMPLOYED, 10000.00, 2023-01, 2400.00, 12, 10200.00
            EMPLOYED, 10000.00, 2023-04, 1800.00,  9,  7650.00
            FLEXIBLE, -,        2023-04, 3739.41,  9, -
            """)
    void the_yearly_amount_due_is_the_personal_share_for_the_months_from_the_start_to_december(
            ContributorType type, String wage, String start, String due, int months, String employer) {
        YearlyContributionDue d = EmployeeContributionRules.amountDue(
                NINGBO_2023, type, wage == null ? null : Money.of(wage), YearMonth.parse(start));

        assertThat(d.months()).isEqualTo(months);
        assertThat(d.amountDue()).isEqualTo(Money.of(due));
        assertThat(d.employerShare()).isEqualTo(employer == null ? null : Money.of(employer));
        assertThat(d.explanations()).extracting(e -> e.rule()).contains("employee.contribution.due");
    }
}
