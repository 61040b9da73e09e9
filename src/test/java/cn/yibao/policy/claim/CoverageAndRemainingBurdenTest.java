package cn.yibao.policy.claim;

import static cn.yibao.policy.claim.Fixtures.NINGBO_EMPLOYEE_2023;
import static cn.yibao.policy.claim.Fixtures.NINGBO_RESIDENT_2026;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.ci.CriticalIllnessBenefits;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.ServiceLocation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §3.0.5 (P22, C1), §3.9.2 and §3.23 (E11). */
@DisplayName("Coverage, not-published CI and the remaining burden")
class CoverageAndRemainingBurdenTest {

    private static final ClaimFacts E3_ADMISSION_1 =
            Fixtures.inpatient(HospitalLevel.COMMUNITY, "2026-03-02", "10000.00");

    @ParameterizedTest(name = "{0}: insurance pays 0, personal {1}, nothing accumulates, line {2}")
    @CsvSource(
            textBlock =
                    """
            WAITING, 10000.00, coverage.waiting
            NONE,    10000.00, coverage.none
            """)
    void an_uncovered_claim_pays_nothing_and_accumulates_nothing(Coverage.Status status, String personal, String rule) {
        Coverage coverage = status == Coverage.Status.WAITING
                ? Coverage.waiting(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31))
                : Coverage.none(null, null);
        YearToDate before =
                YearToDate.EMPTY.toBuilder().inpatientCost(Money.of("500.00")).build();
        Adjudication a = ClaimAdjudicator.adjudicate(
                ClaimRequest.of(NINGBO_RESIDENT_2026, E3_ADMISSION_1, Fixtures.adult(AssistanceStatus.NONE), before)
                        .withCoverage(coverage)
                        .withSupplementary(Fixtures.tianyi(false, true)));

        assertThat(a.basic()).isEqualTo(Money.ZERO);
        assertThat(a.criticalIllness()).isEqualTo(Money.ZERO);
        assertThat(a.supplementary()).isEqualTo(Money.ZERO);
        assertThat(a.personal()).isEqualTo(Money.of(personal));
        assertThat(a.after()).isEqualTo(before);
        assertThat(a.lines()).extracting(l -> l.rule()).contains(rule);
    }

    @Test
    void a_ningbo_resident_claim_returns_critical_illness_not_computed() {
        Adjudication a = ClaimAdjudicator.adjudicate(ClaimRequest.of(
                NINGBO_RESIDENT_2026, E3_ADMISSION_1, Fixtures.adult(AssistanceStatus.NONE), YearToDate.EMPTY));

        // E3 admission 1: basic 7,760.00, personal 2,240.00 (an upper bound while CI is NP)
        assertThat(a.basic()).isEqualTo(Money.of("7760.00"));
        assertThat(a.criticalIllness()).isEqualTo(Money.ZERO);
        assertThat(a.personal()).isEqualTo(Money.of("2240.00"));
        assertThat(a.incomplete()).containsExactly(Layer.CRITICAL_ILLNESS);
        assertThat(a.lines())
                .filteredOn(l -> l.rule().equals(CriticalIllnessBenefits.NOT_PUBLISHED_RULE))
                .singleElement()
                .satisfies(l -> assertThat(l.layer()).isEqualTo(Layer.CRITICAL_ILLNESS));
    }

    @ParameterizedTest(name = "burden {0}, own balance {1}, pool {2} → own {3}, pool {4}, personal {5}")
    @CsvSource(
            textBlock =
                    """
            300.00, 120.00, 1100.00, 120.00, 180.00,   0.00
            300.00, 500.00, 1100.00, 300.00,   0.00,   0.00
            300.00,   0.00,  100.00,   0.00, 100.00, 200.00
            """)
    void the_own_historical_account_pays_before_the_pool(
            String burden, String own, String pool, String ownUsed, String poolUsed, String personal) {
        RemainingBurden r = RemainingBurden.split(Money.of(burden), Money.of(own), Money.of(pool));

        assertThat(r.ownAccount()).isEqualTo(Money.of(ownUsed));
        assertThat(r.pool()).isEqualTo(Money.of(poolUsed));
        assertThat(r.personal()).isEqualTo(Money.of(personal));
    }

    /** E11's medical part through the adjudicator: a 300.00 purchase outside the catalogue. */
    @Test
    void e11_father_pays_120_from_his_own_account_and_180_from_the_pool() {
        ClaimFacts purchase = Fixtures.claim(
                CareType.OUTPATIENT, HospitalLevel.COMMUNITY, ServiceLocation.LOCAL, "2023-03-04", "0", "0", "300.00");
        Adjudication a = ClaimAdjudicator.adjudicate(ClaimRequest.of(
                        NINGBO_EMPLOYEE_2023,
                        purchase,
                        Fixtures.employee(BenefitGroup.RETIRED, "120.00"),
                        YearToDate.EMPTY)
                .withPool(Money.of("1100.00")));

        assertThat(a.historicalAccountUsed()).isEqualTo(Money.of("120.00"));
        assertThat(a.personalAccount()).isEqualTo(Money.of("120.00"));
        assertThat(a.poolUsed()).isEqualTo(Money.of("180.00"));
        assertThat(a.familyPool()).isEqualTo(Money.of("180.00"));
        assertThat(a.personal()).isEqualTo(Money.ZERO);
        assertThat(a.lines()).extracting(l -> l.rule()).contains("family-pool.own-account", "family-pool.pool");
    }
}
