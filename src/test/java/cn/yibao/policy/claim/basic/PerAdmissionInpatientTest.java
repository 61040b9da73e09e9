package cn.yibao.policy.claim.basic;

import static cn.yibao.policy.claim.basic.Claims.HUAIHUA_2026;
import static cn.yibao.policy.claim.basic.Claims.RESIDENT_ADULT;
import static cn.yibao.policy.claim.basic.Claims.claim;
import static cn.yibao.policy.claim.basic.Claims.m;
import static cn.yibao.policy.claim.basic.Claims.rules;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §3.8 (D8, P11) with worked example E4 (Huaihua 2026). */
class PerAdmissionInpatientTest {

    @ParameterizedTest(name = "E4 {0}: {1} of {2} pays deductible {7} and basic {8}, burden for CI {9}")
    @CsvSource(
            textBlock =
                    """
            # admission, level,      E,         level 3 before, provincial before, deductibles before, fund before, d,       basic,    burden,   binding rules
            A1,          LEVEL_3,    100000.00, 0,              0,                 0.00,               0.00,        1200.00, 64220.00, 35780.00, 'inpatient.huaihua.deductible inpatient.huaihua.ratio'
            A2,          LEVEL_3,    80000.00,  1,              0,                 1200.00,            64220.00,    600.00,  51610.00, 28390.00, 'inpatient.huaihua.repeat-deductible inpatient.huaihua.ratio'
            A3,          PROVINCIAL, 60000.00,  2,              0,                 1800.00,            115830.00,   1200.00, 34170.00, 25830.00, 'inpatient.huaihua.deductible inpatient.huaihua.deductible-limit inpatient.huaihua.ratio inpatient.huaihua.fund-cap'
            """)
    void each_admission_pays_its_level_ratio_within_the_yearly_limits(
            String admission,
            HospitalLevel level,
            String e,
            int level3Before,
            int provincialBefore,
            String deductiblesBefore,
            String fundBefore,
            String d,
            String basic,
            String burden,
            String ruleList) {
        YearToDate before = YearToDate.EMPTY.toBuilder()
                .admissions(HospitalLevel.LEVEL_3, level3Before)
                .admissions(HospitalLevel.PROVINCIAL, provincialBefore)
                .deductiblePaid(m(deductiblesBefore))
                .inpatientFundPaid(m(fundBefore))
                .basicPaid(m(fundBefore))
                .build();

        BasicResult r = BasicBenefits.apply(
                HUAIHUA_2026, claim(CareType.INPATIENT, level, "2026-03-02", e), RESIDENT_ADULT, before);

        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(r.ciBase()).isEqualTo(m(burden));
        assertThat(rules(r)).containsExactly(ruleList.split(" "));
        assertThat(r.after().deductiblePaid()).isEqualTo(m(deductiblesBefore).plus(m(d)));
        assertThat(r.after().inpatientFundPaid()).isEqualTo(m(fundBefore).plus(m(basic)));
        assertThat(r.after().admissions(level)).isEqualTo(before.admissions(level) + 1);
    }

    @Test
    void e4_the_year_pays_the_150000_fund_limit_and_3000_of_deductibles() {
        YearToDate ytd = YearToDate.EMPTY;
        String[][] admissions = {{"LEVEL_3", "100000.00"}, {"LEVEL_3", "80000.00"}, {"PROVINCIAL", "60000.00"}};
        for (String[] a : admissions) {
            ytd = BasicBenefits.apply(
                            HUAIHUA_2026,
                            claim(CareType.INPATIENT, HospitalLevel.valueOf(a[0]), "2026-06-10", a[1]),
                            RESIDENT_ADULT,
                            ytd)
                    .after();
        }
        assertThat(ytd.basicPaid()).isEqualTo(m("150000.00"));
        assertThat(ytd.inpatientFundPaid()).isEqualTo(m("150000.00"));
        assertThat(ytd.deductiblePaid()).isEqualTo(m("3000.00"));
    }

    @Test
    void an_admission_below_the_deductible_still_counts_for_the_repeat_rule() {
        BasicResult small = BasicBenefits.apply(
                HUAIHUA_2026,
                claim(CareType.INPATIENT, HospitalLevel.LEVEL_2, "2026-02-01", "500.00"),
                RESIDENT_ADULT,
                YearToDate.EMPTY);
        BasicResult next = BasicBenefits.apply(
                HUAIHUA_2026,
                claim(CareType.INPATIENT, HospitalLevel.LEVEL_2, "2026-04-01", "10000.00"),
                RESIDENT_ADULT,
                small.after());

        // P11: the first admission (500 < 800) pays nothing but counts; the second pays 50 % of 800
        assertThat(small.basic()).isEqualTo(m("0.00"));
        assertThat(small.ciBase()).isEqualTo(m("500.00"));
        assertThat(next.basic()).isEqualTo(m("7680.00"));
    }
}
