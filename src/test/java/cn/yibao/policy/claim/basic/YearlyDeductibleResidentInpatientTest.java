package cn.yibao.policy.claim.basic;

import static cn.yibao.policy.claim.basic.Claims.NINGBO_2026;
import static cn.yibao.policy.claim.basic.Claims.RESIDENT_ADULT;
import static cn.yibao.policy.claim.basic.Claims.claim;
import static cn.yibao.policy.claim.basic.Claims.line;
import static cn.yibao.policy.claim.basic.Claims.m;
import static cn.yibao.policy.claim.basic.Claims.rules;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.ServiceLocation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §3.7 (D3) with worked example E3 (Ningbo resident adult, 2026). */
class YearlyDeductibleResidentInpatientTest {

    @ParameterizedTest(name = "E3 {0}: {1} admission of {2} after cumIn {3} pays deductible {6} and basic {7}")
    @CsvSource(
            textBlock =
                    """
            # admission,            level,     E,        cumIn,    dYear,   dPaid,   d,       basic,     deductible rule
            'A1 (community first)', COMMUNITY, 10000.00, 0.00,     0.00,    0.00,    300.00,  7760.00,   inpatient.deductible
            'A2 (level 3 second)',  LEVEL_3,   50000.00, 10000.00, 300.00,  300.00,  900.00,  35370.00,  inpatient.deductible-topup
            'A1 (level 3 first)',   LEVEL_3,   50000.00, 0.00,     0.00,    0.00,    1200.00, 34660.00,  inpatient.deductible
            'A2 (community second)',COMMUNITY, 10000.00, 50000.00, 1200.00, 1200.00, 0.00,    8500.00,   inpatient.deductible-topup
            """)
    void each_admission_pays_the_bands_of_its_own_tier_after_the_yearly_deductible(
            String admission,
            HospitalLevel level,
            String e,
            String cumIn,
            String dYear,
            String dPaid,
            String d,
            String basic,
            String deductibleRule) {
        YearToDate before = YearToDate.EMPTY.toBuilder()
                .inpatientCost(m(cumIn))
                .deductibleLevel(m(dYear))
                .deductiblePaid(m(dPaid))
                .build();

        BasicResult r = BasicBenefits.apply(
                NINGBO_2026, claim(CareType.INPATIENT, level, "2026-03-02", e), RESIDENT_ADULT, before);

        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(line(r, deductibleRule).amount()).isEqualTo(m(d));
        assertThat(r.after().deductiblePaid()).isEqualTo(m(dPaid).plus(m(d)));
        assertThat(r.after().inpatientCost()).isEqualTo(m(cumIn).plus(m(e)));
        assertThat(r.after().basicPaid()).isEqualTo(m(basic));
        assertThat(r.ciBase()).isEqualTo(Money.ZERO);
        assertThat(r.personalAccount()).isEqualTo(Money.ZERO);
        assertThat(r.complete()).isTrue();
    }

    @ParameterizedTest(name = "E3 year in order {0} then {1}: basic {2}, deductibles 1,200.00")
    @CsvSource(
            textBlock =
                    """
            COMMUNITY, LEVEL_3,   43130.00
            LEVEL_3,   COMMUNITY, 43160.00
            """)
    void the_order_of_admissions_can_change_the_year_total(HospitalLevel first, HospitalLevel second, String year) {
        String firstCost = first == HospitalLevel.COMMUNITY ? "10000.00" : "50000.00";
        String secondCost = first == HospitalLevel.COMMUNITY ? "50000.00" : "10000.00";
        BasicResult a1 = BasicBenefits.apply(
                NINGBO_2026,
                claim(CareType.INPATIENT, first, "2026-03-02", firstCost),
                RESIDENT_ADULT,
                YearToDate.EMPTY);
        BasicResult a2 = BasicBenefits.apply(
                NINGBO_2026, claim(CareType.INPATIENT, second, "2026-09-01", secondCost), RESIDENT_ADULT, a1.after());

        assertThat(a1.basic().plus(a2.basic())).isEqualTo(m(year));
        assertThat(a2.after().basicPaid()).isEqualTo(m(year));
        assertThat(a2.after().deductiblePaid()).isEqualTo(m("1200.00"));
        assertThat(a2.after().inpatientCost()).isEqualTo(m("60000.00"));
    }

    @Test
    void e3_second_admission_explains_one_line_per_band_piece() {
        YearToDate before = YearToDate.EMPTY.toBuilder()
                .inpatientCost(m("10000.00"))
                .deductibleLevel(m("300.00"))
                .deductiblePaid(m("300.00"))
                .build();
        BasicResult r = BasicBenefits.apply(
                NINGBO_2026,
                claim(CareType.INPATIENT, HospitalLevel.LEVEL_3, "2026-09-01", "50000.00"),
                RESIDENT_ADULT,
                before);

        assertThat(rules(r)).containsExactly("inpatient.deductible-topup", "inpatient.segment", "inpatient.segment");
        assertThat(r.lines()).allMatch(l -> l.layer() == Layer.BASIC && l.source() != null);
        assertThat(r.lines().get(1).base()).isEqualTo(m("29100.00"));
        assertThat(r.lines().get(1).rate().value()).isEqualByComparingTo("0.70");
        assertThat(r.lines().get(1).amount()).isEqualTo(m("20370.00"));
        assertThat(r.lines().get(2).base()).isEqualTo(m("20000.00"));
        assertThat(r.lines().get(2).amount()).isEqualTo(m("15000.00"));
        assertThat(r.lines().get(0).source().cite()).contains("R-Q6");
    }

    @Test
    void cost_above_the_300000_ceiling_earns_nothing_and_says_so() {
        YearToDate before = YearToDate.EMPTY.toBuilder()
                .inpatientCost(m("290000.00"))
                .deductibleLevel(m("1200.00"))
                .deductiblePaid(m("1200.00"))
                .build();
        BasicResult r = BasicBenefits.apply(
                NINGBO_2026,
                claim(CareType.INPATIENT, HospitalLevel.LEVEL_3, "2026-09-01", "20000.00"),
                RESIDENT_ADULT,
                before);

        // [290,000, 310,000): 10,000 × 0.75 below the ceiling, 10,000 at 0 above it
        assertThat(r.basic()).isEqualTo(m("7500.00"));
        assertThat(line(r, "inpatient.ceiling").base()).isEqualTo(m("10000.00"));
        assertThat(line(r, "inpatient.ceiling").amount()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_resident_treated_out_of_area_gets_no_reduction_only_a_line_saying_the_rules_are_not_published() {
        ClaimFacts local = claim(CareType.INPATIENT, HospitalLevel.COMMUNITY, "2026-03-02", "10000.00");
        BasicResult r = BasicBenefits.apply(
                NINGBO_2026, Claims.withLocation(local, ServiceLocation.IN_PROVINCE), RESIDENT_ADULT, YearToDate.EMPTY);

        assertThat(r.basic()).isEqualTo(m("7760.00"));
        assertThat(line(r, "out-of-area.reduction").text()).isEqualTo("out-of-area rules not published for residents");
    }

    @Test
    void a_minor_uses_the_infants_and_students_row() {
        BasicResult r = BasicBenefits.apply(
                NINGBO_2026,
                claim(CareType.INPATIENT, HospitalLevel.COMMUNITY, "2026-03-02", "10000.00"),
                Claims.claimant(LocalDate.of(2015, 5, 5), BenefitGroup.MINOR_OR_STUDENT),
                YearToDate.EMPTY);

        // 9,700 × 0.85 (P2 row, COMMUNITY)
        assertThat(r.basic()).isEqualTo(m("8245.00"));
    }
}
