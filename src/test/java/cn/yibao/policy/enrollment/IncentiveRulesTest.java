package cn.yibao.policy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncentiveRulesTest {

    private static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();
    private static final Money ZERO_CLAIM = Money.of("0.00");

    /** Expected values copied from SPEC E1 and E14; null = not computable / not published. */
    record Row(
            String name,
            Region region,
            int year,
            InsuranceHistory history,
            AssistanceStatus status,
            int c,
            int z,
            String continuous,
            String zeroClaim,
            String total,
            boolean computable,
            String effectiveCap) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> rows() {
        InsuranceHistory streak = longStreak(2031);
        return Stream.of(
                row(
                        "E14(a) Huaihua Qian: zero-claim 2025 → cap 405,000",
                        Region.HUAIHUA,
                        2026,
                        InsuranceHistory.builder().resident(2025, ZERO_CLAIM).build(),
                        AssistanceStatus.NONE,
                        2,
                        1,
                        "0.00",
                        "5000.00",
                        "5000.00",
                        true,
                        "405000.00"),
                row(
                        "E14(b) Huaihua Sun: employee 2025 neither breaks nor counts",
                        Region.HUAIHUA,
                        2026,
                        InsuranceHistory.builder().employee(2025).build(),
                        AssistanceStatus.NONE,
                        1,
                        0,
                        "0.00",
                        "0.00",
                        "0.00",
                        true,
                        "400000.00"),
                row(
                        "E14(c) projected Huaihua 2035, zero-claim 2025–2034 → limited to 80,000",
                        Region.HUAIHUA,
                        2035,
                        longStreak(0),
                        AssistanceStatus.NONE,
                        11,
                        10,
                        "35000.00",
                        "50000.00",
                        "80000.00",
                        true,
                        "480000.00"),
                row(
                        "E14(c) with 2031 uninsured: streak 2032–2035",
                        Region.HUAIHUA,
                        2035,
                        streak,
                        AssistanceStatus.NONE,
                        4,
                        3,
                        "0.00",
                        "15000.00",
                        "15000.00",
                        true,
                        "415000.00"),
                row(
                        "E14(d) Ningbo 2026 as (a): limit not computable",
                        Region.NINGBO,
                        2026,
                        InsuranceHistory.builder().resident(2025, ZERO_CLAIM).build(),
                        AssistanceStatus.NONE,
                        2,
                        1,
                        "0.00",
                        "5000.00",
                        "5000.00",
                        false,
                        null),
                row(
                        "E1 A: reimbursed in 2025 → nothing",
                        Region.NINGBO,
                        2026,
                        InsuranceHistory.builder()
                                .resident(2025, Money.of("350.00"))
                                .build(),
                        AssistanceStatus.NONE,
                        2,
                        0,
                        "0.00",
                        "0.00",
                        "0.00",
                        false,
                        null),
                row(
                        "E1 B: no reimbursement in 2025 → 5,000, cap null",
                        Region.NINGBO,
                        2026,
                        InsuranceHistory.builder().resident(2025, ZERO_CLAIM).build(),
                        AssistanceStatus.NONE,
                        2,
                        1,
                        "0.00",
                        "5000.00",
                        "5000.00",
                        false,
                        null),
                row(
                        "unknown reimbursement is not zero-claim",
                        Region.HUAIHUA,
                        2026,
                        InsuranceHistory.builder().resident(2025, null).build(),
                        AssistanceStatus.NONE,
                        2,
                        0,
                        "0.00",
                        "0.00",
                        "0.00",
                        true,
                        "400000.00"),
                row(
                        "Shanghai: c and z reported, amounts not published",
                        Region.SHANGHAI,
                        2026,
                        InsuranceHistory.builder().resident(2025, ZERO_CLAIM).build(),
                        AssistanceStatus.NONE,
                        2,
                        1,
                        null,
                        null,
                        null,
                        false,
                        null),
                row(
                        "Huaihua CI special group: no cap, increments change nothing",
                        Region.HUAIHUA,
                        2026,
                        InsuranceHistory.builder().resident(2025, ZERO_CLAIM).build(),
                        AssistanceStatus.EXTREMELY_POOR,
                        2,
                        1,
                        "0.00",
                        "5000.00",
                        "5000.00",
                        false,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void incentives_and_the_20_percent_limit(Row r) {
        Incentive i = IncentiveRules.incentives(CATALOG.resident(r.region(), r.year()), r.history(), r.status());
        assertThat(i.continuousYears()).isEqualTo(r.c());
        assertThat(i.zeroClaimYears()).isEqualTo(r.z());
        assertThat(i.continuousIncrement()).isEqualTo(money(r.continuous()));
        assertThat(i.zeroClaimIncrement()).isEqualTo(money(r.zeroClaim()));
        assertThat(i.total()).isEqualTo(money(r.total()));
        assertThat(i.limitComputable()).isEqualTo(r.computable());
        assertThat(i.effectiveCiCap()).isEqualTo(money(r.effectiveCap()));
    }

    @Test
    void e14c_the_uncapped_total_is_85000() {
        Incentive i =
                IncentiveRules.incentives(CATALOG.resident(Region.HUAIHUA, 2035), longStreak(0), AssistanceStatus.NONE);
        assertThat(i.uncappedTotal()).isEqualTo(Money.of("85000.00"));
    }

    @Test
    void e14a_through_the_quote_facade() {
        EnrollmentQuote q = EnrollmentQuoteRules.quote(EnrollmentQuoteRequest.simple(
                CATALOG.resident(Region.HUAIHUA, 2026),
                LocalDate.of(1990, 1, 1),
                InsuranceHistory.builder().resident(2025, ZERO_CLAIM).build(),
                LocalDate.of(2025, 11, 1)));
        assertThat(q.continuousYears()).isEqualTo(2);
        assertThat(q.zeroClaimYears()).isEqualTo(1);
        assertThat(q.incentive().effectiveCiCap()).isEqualTo(Money.of("405000.00"));
    }

    /** Resident 2025–2034 with zero claims, except {@code uninsured} (0 = none). */
    private static InsuranceHistory longStreak(int uninsured) {
        InsuranceHistory.Builder b = InsuranceHistory.builder();
        for (int y = 2025; y <= 2034; y++) {
            if (y != uninsured) {
                b.resident(y, ZERO_CLAIM);
            }
        }
        return b.build();
    }

    private static Arguments row(
            String name,
            Region region,
            int year,
            InsuranceHistory h,
            AssistanceStatus s,
            int c,
            int z,
            String cont,
            String zero,
            String total,
            boolean computable,
            String cap) {
        return Arguments.of(new Row(name, region, year, h, s, c, z, cont, zero, total, computable, cap));
    }

    private static Money money(String s) {
        return s == null ? null : Money.of(s);
    }
}
