package cn.yibao.policy.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.employee.RetirementBackPay.Branch;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SPEC E19 (§3.14, P18, P20). */
class RetirementRulesTest {

    private static final EmployeePolicy NINGBO_2023 =
            PolicyFileLoader.loadDefault().employee(Region.NINGBO, 2023);

    /** The 2022 basis implied by seed 004 (22,311 ÷ 300 %), an illustrative input: the 2023 basis is NP. */
    private static final Money B = Money.of("7437.00");

    private static final RetirementFacts E19A =
            new RetirementFacts(60, 101, 0, 0, 0, 20, false, LocalDate.of(2023, 3, 15));
    private static final RetirementFacts E19B =
            new RetirementFacts(0, 170, 0, 0, 0, 2, false, LocalDate.of(2021, 9, 10));

    @Test
    void e19a_new_rule_215_adjusted_months_plus_20_leave_5_months_costing_2108_39() {
        RetirementBackPay pay = RetirementRules.backPay(NINGBO_2023, E19A, new RetirementBases(null, B, null));

        assertThat(pay.branch()).isEqualTo(Branch.NEW);
        assertThat(pay.shortfallMonths()).isEqualTo(5);
        assertThat(pay.amount()).isEqualTo(Money.of("2108.39"));
        assertThat(pay.explanations())
                .anySatisfy(e -> assertThat(e.text()).contains("214 2/3").contains("215"));
    }

    @Test
    void e19a_without_a_supplied_basis_the_amount_is_not_published() {
        assertThatThrownBy(() -> RetirementRules.backPay(NINGBO_2023, E19A, RetirementBases.NONE))
                .isInstanceOfSatisfying(PolicyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED);
                    assertThat(e.ruleId()).isEqualTo("retirement.new.amount");
                });
    }

    @Test
    void e19b_transition_old_4343_21_is_lower_than_new_5374_72_so_the_old_policy_applies() {
        // "assuming it is not below the unpublished 2007 average wage": the floor is supplied equal to B.
        RetirementBackPay pay = RetirementRules.backPay(NINGBO_2023, E19B, new RetirementBases(B, B, B));

        assertThat(pay.transition()).isTrue();
        assertThat(pay.oldShortfallMonths()).isEqualTo(8);
        assertThat(pay.newShortfallMonths()).isEqualTo(11);
        assertThat(pay.explanations())
                .filteredOn(e -> e.rule().equals("retirement.old.amount"))
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.of("4343.21")));
        assertThat(pay.explanations())
                .filteredOn(e -> e.rule().equals("retirement.new.amount"))
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.of("5374.72")));
        assertThat(pay.branch()).isEqualTo(Branch.OLD);
        assertThat(pay.amount()).isEqualTo(Money.of("4343.21"));
    }

    @Test
    void e19b_without_the_2007_city_wage_the_old_branch_is_not_published() {
        assertThatThrownBy(() -> RetirementRules.backPay(NINGBO_2023, E19B, new RetirementBases(B, B, null)))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED));
    }

    @Test
    void conversions_are_exact_fractions_and_the_old_shortfall_is_rounded_up() {
        // 100 + 3/2 + 3/4 + 75 = 177 1/4 → 180 − 177 1/4 = 2 3/4 → 3 months; retired 2015: early coefficient 0.09
        RetirementFacts f = new RetirementFacts(75, 100, 3, 3, 0, 0, false, LocalDate.of(2015, 5, 1));
        RetirementBackPay pay = RetirementRules.backPay(
                NINGBO_2023, f, new RetirementBases(Money.of("5000.00"), null, Money.of("4000.00")));

        assertThat(pay.shortfallMonths()).isEqualTo(3);
        assertThat(pay.amount()).isEqualTo(Money.of("1350.00")); // 3 × 5,000 × 0.09
    }

    @Test
    void no_shortfall_needs_no_basis() {
        RetirementFacts f = new RetirementFacts(0, 200, 0, 0, 0, 40, false, LocalDate.of(2023, 3, 15));
        RetirementBackPay pay = RetirementRules.backPay(NINGBO_2023, f, RetirementBases.NONE);
        assertThat(pay.shortfallMonths()).isZero();
        assertThat(pay.amount()).isEqualTo(Money.ZERO);
    }

    @Test
    void the_monthly_extension_is_ten_percent_of_the_individual_base() {
        assertThat(RetirementRules.monthlyExtension(NINGBO_2023).amount()).isEqualTo(Money.of("395.70"));
    }
}
