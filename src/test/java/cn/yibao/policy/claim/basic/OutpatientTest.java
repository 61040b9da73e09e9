package cn.yibao.policy.claim.basic;

import static cn.yibao.policy.claim.basic.Claims.EMPLOYEE_40;
import static cn.yibao.policy.claim.basic.Claims.HUAIHUA_2026;
import static cn.yibao.policy.claim.basic.Claims.NINGBO_2026;
import static cn.yibao.policy.claim.basic.Claims.NINGBO_EMPLOYEE_2023;
import static cn.yibao.policy.claim.basic.Claims.RESIDENT_ADULT;
import static cn.yibao.policy.claim.basic.Claims.line;
import static cn.yibao.policy.claim.basic.Claims.m;
import static cn.yibao.policy.claim.basic.Claims.outpatient;
import static cn.yibao.policy.claim.basic.Claims.rules;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.ServiceLocation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §3.5, §3.6, §3.16 with worked examples E5, E15, E16 and the outpatient line of E17. */
class OutpatientTest {

    @ParameterizedTest(name = "E15 claim {0}: {1} of {2} after {4} pays {5}, {6} above 5,000 is personal")
    @CsvSource(
            textBlock =
                    """
            # claim, level,     E,       chronic, cumOut before, basic,  over 5,000
            1,       LEVEL_3,   3000.00, false,   0.00,          900.00, 0.00
            2,       COMMUNITY, 1500.00, true,    3000.00,       975.00, 0.00
            3,       COMMUNITY, 123.45,  false,   4500.00,       74.07,  0.00
            4,       LEVEL_2,   1000.00, false,   4623.45,       169.45, 623.45
            5,       COMMUNITY, 200.00,  false,   5623.45,       0.00,   200.00
            """)
    void ningbo_resident_outpatient_pays_the_tier_ratio_within_5000_a_year(
            int claim, HospitalLevel level, String e, boolean chronic, String cumOut, String basic, String over) {
        YearToDate before =
                YearToDate.EMPTY.toBuilder().outpatientCost(m(cumOut)).build();

        BasicResult r = BasicBenefits.apply(
                NINGBO_2026, outpatient(level, "2026-04-01", e, chronic, null), RESIDENT_ADULT, before);

        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(r.after().outpatientCost()).isEqualTo(m(cumOut).plus(m(e)));
        Money personalAbove = rules(r).contains("outpatient.ningbo.over-5000")
                ? line(r, "outpatient.ningbo.over-5000").amount()
                : Money.ZERO;
        assertThat(personalAbove).isEqualTo(m(over));
    }

    @Test
    void e15_the_year_pays_211852() {
        String[][] claims = {
            {"LEVEL_3", "3000.00", "false"},
            {"COMMUNITY", "1500.00", "true"},
            {"COMMUNITY", "123.45", "false"},
            {"LEVEL_2", "1000.00", "false"},
            {"COMMUNITY", "200.00", "false"}
        };
        YearToDate ytd = YearToDate.EMPTY;
        for (String[] c : claims) {
            ytd = BasicBenefits.apply(
                            NINGBO_2026,
                            outpatient(
                                    HospitalLevel.valueOf(c[0]), "2026-04-01", c[1], Boolean.parseBoolean(c[2]), null),
                            RESIDENT_ADULT,
                            ytd)
                    .after();
        }
        assertThat(ytd.basicPaid()).isEqualTo(m("2118.52"));
        assertThat(ytd.outpatientCost()).isEqualTo(m("5823.45"));
    }

    @ParameterizedTest(name = "E16: {0} at {1} of {2}, programme already paid {3} → basic {4} ({5})")
    @CsvSource(
            textBlock =
                    """
            # programme,   level,     E,      paid before, basic,  last rule
            GENERAL,      COMMUNITY, 300.00, 0.00,        210.00, outpatient.huaihua.program
            GENERAL,      COMMUNITY, 123.45, 210.00,      86.42,  outpatient.huaihua.program
            GENERAL,      COMMUNITY, 400.00, 296.42,      123.58, outpatient.huaihua.cap
            GENERAL,      LEVEL_2,   400.00, 0.00,        0.00,   outpatient.huaihua.not-primary
            HYPERTENSION, COMMUNITY, 600.00, 0.00,        360.00, outpatient.huaihua.cap
            ,             COMMUNITY, 300.00, 0.00,        210.00, outpatient.huaihua.program
            """)
    void huaihua_programmes_pay_70_percent_up_to_their_own_cap_at_primary_level_only(
            OutpatientProgram program, HospitalLevel level, String e, String paid, String basic, String lastRule) {
        OutpatientProgram accounted = program == null ? OutpatientProgram.GENERAL : program;
        // the general programme is exhausted, which must not touch hypertension's own cap
        YearToDate before = YearToDate.EMPTY.toBuilder()
                .programPaid(accounted, m(paid))
                .programPaid(OutpatientProgram.GENERAL, accounted == OutpatientProgram.GENERAL ? m(paid) : m("420.00"))
                .build();

        BasicResult r = BasicBenefits.apply(
                HUAIHUA_2026, outpatient(level, "2026-05-05", e, false, program), RESIDENT_ADULT, before);

        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(rules(r)).last().isEqualTo(lastRule);
        assertThat(r.after().programPaid(accounted)).isEqualTo(m(paid).plus(m(basic)));
    }

    @ParameterizedTest(name = "E5 {0} ({1}, E {2}): account pays {5}, self-pay {6}, basic {7}, personal {8}")
    @CsvSource(
            textBlock =
                    """
            # claim, level,     E,       account before, self-pay before, account pays, self-pay, basic,   personal
            C1,      LEVEL_3,   2000.00, 3264.00,        0.00,            2000.00,      0.00,     0.00,    0.00
            C2,      COMMUNITY, 1500.00, 1264.00,        0.00,            1264.00,      236.00,   0.00,    236.00
            C3,      LEVEL_3,   3000.00, 0.00,           236.00,          0.00,         664.00,   1752.00, 1248.00
            C4,      COMMUNITY, 1000.00, 0.00,           900.00,          0.00,         0.00,     860.00,  140.00
            """)
    void employee_outpatient_pays_account_then_self_pay_then_the_fund_ratio(
            String claim,
            HospitalLevel level,
            String e,
            String account,
            String selfPayCum,
            String accountPays,
            String selfPay,
            String basic,
            String personal) {
        YearToDate before = YearToDate.withCurrentAccount(m(account)).toBuilder()
                .selfPayCum(m(selfPayCum))
                .build();

        BasicResult r = BasicBenefits.apply(
                NINGBO_EMPLOYEE_2023, outpatient(level, "2023-05-06", e, false, null), EMPLOYEE_40, before);

        assertThat(r.personalAccount()).isEqualTo(m(accountPays));
        assertThat(line(r, "employee.outpatient.account").layer()).isEqualTo(Layer.PERSONAL_ACCOUNT);
        assertThat(line(r, "employee.outpatient.self-pay").amount()).isEqualTo(m(selfPay));
        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(m(e).minus(r.personalAccount()).minus(r.basic())).isEqualTo(m(personal));
        assertThat(r.after().currentAccount()).isEqualTo(m(account).minus(m(accountPays)));
        assertThat(r.after().selfPayCum()).isEqualTo(m(selfPayCum).plus(m(selfPay)));
    }

    @Test
    void e5_the_year_splits_into_account_3264_basic_2612_and_personal_1624() {
        String[][] claims = {
            {"2023-02-10", "LEVEL_3", "2000.00"},
            {"2023-05-06", "COMMUNITY", "1500.00"},
            {"2023-08-21", "LEVEL_3", "3000.00"},
            {"2023-11-03", "COMMUNITY", "1000.00"}
        };
        // 12 × round2(8,000 × 0.034) = 3,264.00 pre-credited on 1 January
        YearToDate ytd = YearToDate.withCurrentAccount(m("3264.00"));
        Money account = Money.ZERO;
        for (String[] c : claims) {
            BasicResult r = BasicBenefits.apply(
                    NINGBO_EMPLOYEE_2023,
                    outpatient(HospitalLevel.valueOf(c[1]), c[0], c[2], false, null),
                    EMPLOYEE_40,
                    ytd);
            account = account.plus(r.personalAccount());
            ytd = r.after();
        }
        assertThat(account).isEqualTo(m("3264.00"));
        assertThat(ytd.basicPaid()).isEqualTo(m("2612.00"));
        assertThat(m("7500.00").minus(account).minus(ytd.basicPaid())).isEqualTo(m("1624.00"));
        assertThat(ytd.selfPayCum()).isEqualTo(m("900.00"));
    }

    @Test
    void e17_outpatient_claim_c3_in_province_pays_151840() {
        YearToDate before = YearToDate.EMPTY.toBuilder().selfPayCum(m("236.00")).build();
        ClaimFacts c3 = Claims.withLocation(
                outpatient(HospitalLevel.LEVEL_3, "2023-08-21", "3000.00", false, null), ServiceLocation.IN_PROVINCE);

        BasicResult r = BasicBenefits.apply(NINGBO_EMPLOYEE_2023, c3, EMPLOYEE_40, before);

        assertThat(r.basic()).isEqualTo(m("1518.40"));
        assertThat(line(r, "employee.outpatient.copay").rate().value()).isEqualByComparingTo("0.65");
        assertThat(line(r, "out-of-area.reduction").rate().value()).isEqualByComparingTo("0.10");
    }

    @ParameterizedTest(name = "born {0}, {1}, on {2}: self-pay threshold {3} (status on the service date, P10)")
    @CsvSource(
            textBlock =
                    """
            1978-06-01, IN_SERVICE, 2023-05-31, 900.00
            1978-06-01, IN_SERVICE, 2023-06-01, 600.00
            1990-01-01, RETIRED,    2023-06-01, 300.00
            """)
    void the_self_pay_threshold_follows_the_status_on_the_service_date(
            LocalDate birth, BenefitGroup group, String date, String threshold) {
        BasicResult r = BasicBenefits.apply(
                NINGBO_EMPLOYEE_2023,
                outpatient(HospitalLevel.LEVEL_3, date, "2000.00", false, null),
                Claims.claimant(birth, group),
                YearToDate.EMPTY);

        assertThat(line(r, "employee.outpatient.self-pay").amount()).isEqualTo(m(threshold));
    }
}
