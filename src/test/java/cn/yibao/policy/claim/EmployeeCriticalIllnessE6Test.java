package cn.yibao.policy.claim;

import static cn.yibao.policy.claim.Fixtures.NINGBO_EMPLOYEE_2023;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.Responsibility;
import cn.yibao.policy.model.ServiceLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §5 E6 and E17: Ningbo employee inpatient with critical illness (§3.18, §3.19, D10, D11). */
@DisplayName("E6/E17 — Ningbo employee inpatient with critical illness")
class EmployeeCriticalIllnessE6Test {

    private static final Claimant CHEN = Fixtures.employee(BenefitGroup.IN_SERVICE, "0");

    static ClaimFacts admission1() {
        return Fixtures.claim(
                CareType.INPATIENT,
                HospitalLevel.LEVEL_2,
                ServiceLocation.LOCAL,
                "2023-04-20",
                "31000.00",
                "1000.00",
                "0");
    }

    static ClaimFacts admission2(ServiceLocation location) {
        return Fixtures.claim(
                CareType.INPATIENT, HospitalLevel.LEVEL_3, location, "2023-09-12", "62000.00", "2000.00", "0");
    }

    @ParameterizedTest(name = "admission {0}: basic {1}, CI {2}, personal {3}, compliant K after {4}")
    @CsvSource(
            textBlock =
                    """
            1, 23520.00, 1984.00, 5496.00,  7480.00
            2, 52270.00, 7784.00, 1946.00, 17210.00
            """)
    void each_admission_pays_the_hand_computed_layers(
            int admission, String basic, String ci, String personal, String k) {
        Adjudication first = adjudicate(admission1(), YearToDate.EMPTY);
        Adjudication a = admission == 1 ? first : adjudicate(admission2(ServiceLocation.LOCAL), first.after());

        assertThat(a.basic()).isEqualTo(Money.of(basic));
        assertThat(a.criticalIllness()).isEqualTo(Money.of(ci));
        assertThat(a.personal()).isEqualTo(Money.of(personal));
        assertThat(a.after().ciBase()).isEqualTo(Money.of(k));
        assertThat(a.lines()).extracting(l -> l.rule()).contains("ci.employee.segment");
    }

    @Test
    void the_year_is_basic_75790_plus_ci_9768_plus_personal_7442() {
        Adjudication a1 = adjudicate(admission1(), YearToDate.EMPTY);
        Adjudication a2 = adjudicate(admission2(ServiceLocation.LOCAL), a1.after());

        assertThat(a1.basic().plus(a2.basic())).isEqualTo(Money.of("75790.00"));
        assertThat(a2.after().ciPaid()).isEqualTo(Money.of("9768.00"));
        assertThat(a1.personal().plus(a2.personal())).isEqualTo(Money.of("7442.00"));
    }

    @ParameterizedTest(name = "E17 {0}: admission 2 basic {1}, K after {2}, CI {3}")
    @CsvSource(
            textBlock =
                    """
            LOCAL,                       52270.00, 17210.00,  7784.00
            EMERGENCY,                   52270.00, 17210.00,  7784.00
            IN_PROVINCE,                 46330.00, 23150.00, 12851.00
            CROSS_PROVINCE_UNREGISTERED, 40390.00, 29090.00, 18197.00
            """)
    void out_of_area_lowers_basic_and_ci_picks_up_the_extra_compliant_cost(
            ServiceLocation location, String basic, String k, String ci) {
        Adjudication a1 = adjudicate(admission1(), YearToDate.EMPTY);
        Adjudication a2 = adjudicate(admission2(location), a1.after());

        assertThat(a2.basic()).isEqualTo(Money.of(basic));
        assertThat(a2.after().ciBase()).isEqualTo(Money.of(k));
        assertThat(a2.criticalIllness()).isEqualTo(Money.of(ci));
    }

    /** E7 unit case: had Chen held 天一甬宁保, his R1 base goes 5,496 → 7,442 and R1 pays 432.60. */
    @ParameterizedTest(name = "R1 on admission {0} pays {1}, base after {2}")
    @CsvSource(textBlock = """
            1,   0.00, 5496.00
            2, 432.60, 7442.00
            """)
    void responsibility_1_is_paid_on_the_burden_after_basic_and_ci(int admission, String r1, String base) {
        ClaimRequest first = ClaimRequest.of(NINGBO_EMPLOYEE_2023, admission1(), CHEN, YearToDate.EMPTY)
                .withSupplementary(Fixtures.tianyi(false, false));
        Adjudication a1 = ClaimAdjudicator.adjudicate(first);
        Adjudication a = admission == 1
                ? a1
                : ClaimAdjudicator.adjudicate(
                        first.withClaim(admission2(ServiceLocation.LOCAL)).withBefore(a1.after()));

        assertThat(a.supplementary()).isEqualTo(Money.of(r1));
        assertThat(a.after().supplementaryBase(Responsibility.R1)).isEqualTo(Money.of(base));
        assertThat(a.complete()).isTrue();
    }

    private static Adjudication adjudicate(ClaimFacts claim, YearToDate before) {
        return ClaimAdjudicator.adjudicate(ClaimRequest.of(NINGBO_EMPLOYEE_2023, claim, CHEN, before));
    }
}
