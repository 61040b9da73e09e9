package cn.yibao.policy.maternity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.maternity.MaternityRules.Pregnancy;
import cn.yibao.policy.model.MaternityEvent;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policyfiles.PolicyFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaternityRulesTest {

    private static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();

    @ParameterizedTest(name = "Huaihua 2026 {0} allowance is {1} (seed 002 row 生育待遇)")
    @CsvSource({"PRENATAL_CHECK, 600.00", "NATURAL_DELIVERY, 2000.00", "CESAREAN, 3000.00"})
    void huaihua_pays_the_fixed_allowance_and_counts_it_as_fund_reimbursement(MaternityEvent event, String amount) {
        var a = MaternityRules.allowance(
                CATALOG.resident(Region.HUAIHUA, 2026), event, true, Pregnancy.NEW, YearToDate.EMPTY);
        assertThat(a.amount()).isEqualTo(Money.of(amount));
        assertThat(a.ytdAfter().basicPaid()).isEqualTo(Money.of(amount));
        assertThat(a.line().rule()).isEqualTo("maternity.allowance");
        assertThat(a.line().source().cite()).contains("生育待遇");
    }

    @Test
    void a_second_delivery_allowance_for_one_delivery_is_refused_natural_or_caesarean() {
        var terms = CATALOG.resident(Region.HUAIHUA, 2026);
        var natural =
                MaternityRules.allowance(terms, MaternityEvent.NATURAL_DELIVERY, true, Pregnancy.NEW, YearToDate.EMPTY);
        assertThatThrownBy(() -> MaternityRules.allowance(
                        terms, MaternityEvent.CESAREAN, true, natural.after(), natural.ytdAfter()))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void prenatal_then_delivery_pays_2600_in_the_year() {
        var terms = CATALOG.resident(Region.HUAIHUA, 2026);
        var prenatal =
                MaternityRules.allowance(terms, MaternityEvent.PRENATAL_CHECK, true, Pregnancy.NEW, YearToDate.EMPTY);
        var birth = MaternityRules.allowance(
                terms, MaternityEvent.NATURAL_DELIVERY, true, prenatal.after(), prenatal.ytdAfter());
        assertThat(birth.ytdAfter().basicPaid()).isEqualTo(Money.of("2600.00"));
    }

    @Test
    void an_uncovered_event_gets_nothing_and_ningbo_publishes_no_maternity_allowance() {
        var none = MaternityRules.allowance(
                CATALOG.resident(Region.HUAIHUA, 2026),
                MaternityEvent.CESAREAN,
                false,
                Pregnancy.NEW,
                YearToDate.EMPTY);
        assertThat(none.amount()).isEqualTo(Money.ZERO);
        assertThat(none.ytdAfter()).isEqualTo(YearToDate.EMPTY);
        assertThatThrownBy(() -> MaternityRules.allowance(
                        CATALOG.resident(Region.NINGBO, 2026),
                        MaternityEvent.CESAREAN,
                        true,
                        Pregnancy.NEW,
                        YearToDate.EMPTY))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED));
    }
}
