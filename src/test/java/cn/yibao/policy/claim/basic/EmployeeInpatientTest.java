package cn.yibao.policy.claim.basic;

import static cn.yibao.policy.claim.basic.Claims.EMPLOYEE_40;
import static cn.yibao.policy.claim.basic.Claims.NINGBO_EMPLOYEE_2023;
import static cn.yibao.policy.claim.basic.Claims.claim;
import static cn.yibao.policy.claim.basic.Claims.line;
import static cn.yibao.policy.claim.basic.Claims.m;
import static cn.yibao.policy.claim.basic.Claims.withLocation;
import static cn.yibao.policy.claim.basic.Claims.withPreSelfPay;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.ServiceLocation;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §3.18, §3.17, §3.20 and §8 C3 with worked examples E6 and E17 (Ningbo employee, 2023). */
class EmployeeInpatientTest {

    private static final YearToDate AFTER_E6_A1 = YearToDate.EMPTY.toBuilder()
            .inpatientCost(m("30000.00"))
            .deductibleLevel(m("600.00"))
            .deductiblePaid(m("600.00"))
            .build();

    @ParameterizedTest(name = "{0} at {5}: deductible {6}, basic {7}, compliant cost for CI {8}")
    @CsvSource(
            textBlock =
                    """
            # case,            level,   I,        P,       date,       location,                    d,      basic,    compliant
            'E6 admission 1',  LEVEL_2, 31000.00, 1000.00, 2023-04-20, LOCAL,                       600.00, 23520.00, 7480.00
            'E6 admission 2',  LEVEL_3, 62000.00, 2000.00, 2023-09-12, LOCAL,                       600.00, 52270.00, 9730.00
            'E17 admission 2', LEVEL_3, 62000.00, 2000.00, 2023-09-12, EMERGENCY,                   600.00, 52270.00, 9730.00
            'E17 admission 2', LEVEL_3, 62000.00, 2000.00, 2023-09-12, IN_PROVINCE,                 600.00, 46330.00, 15670.00
            'E17 admission 2', LEVEL_3, 62000.00, 2000.00, 2023-09-12, CROSS_PROVINCE_UNREGISTERED, 600.00, 40390.00, 21610.00
            """)
    void employee_admissions_pay_the_cumulative_bands_lowered_out_of_area(
            String example,
            HospitalLevel level,
            String inScope,
            String preSelfPay,
            String date,
            ServiceLocation location,
            String d,
            String basic,
            String compliant) {
        YearToDate before = example.equals("E6 admission 1") ? YearToDate.EMPTY : AFTER_E6_A1;
        ClaimFacts c =
                withLocation(withPreSelfPay(claim(CareType.INPATIENT, level, date, inScope), preSelfPay), location);

        BasicResult r = BasicBenefits.apply(NINGBO_EMPLOYEE_2023, c, EMPLOYEE_40, before);

        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(r.ciBase()).isEqualTo(m(compliant));
        assertThat(line(r, "employee.inpatient.deductible").amount()).isEqualTo(m(d));
        assertThat(r.after().inpatientCost()).isEqualTo(before.inpatientCost().plus(c.eligible()));
        assertThat(r.after().deductiblePaid()).isEqualTo(before.deductiblePaid().plus(m(d)));
        assertThat(r.after().ciBase()).isEqualTo(before.ciBase());
    }

    @ParameterizedTest(name = "{0}: a {1} of 10,000.00 on {2} pays {3} and leaves the yearly deductible at {4}")
    @CsvSource(
            textBlock =
                    """
            # case,                                           care type,      date,       basic,   deductible level
            'family sickbed from 2023-02-01 (C3)',            FAMILY_SICKBED, 2023-03-01, 8500.00, 0.00
            'family sickbed before 2023-02-01 (C3)',          FAMILY_SICKBED, 2023-01-15, 8245.00, 300.00
            'ordinary community admission',                   INPATIENT,      2023-03-01, 8245.00, 300.00
            """)
    void a_family_sickbed_has_no_deductible_only_from_the_published_date(
            String example, CareType type, String date, String basic, String level) {
        BasicResult r = BasicBenefits.apply(
                NINGBO_EMPLOYEE_2023,
                claim(type, HospitalLevel.COMMUNITY, date, "10000.00"),
                EMPLOYEE_40,
                YearToDate.EMPTY);

        // community in-service band 0–35,000 at 0.85, on [d, 10,000)
        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(r.after().deductibleLevel()).isEqualTo(m(level));
    }

    @ParameterizedTest(name = "a registered special-disease patient ({0}) at level 3 pays no deductible: basic {1}")
    @CsvSource(textBlock = """
            IN_SERVICE, 8000.00
            RETIRED,    8500.00
            """)
    void a_registered_special_disease_patient_pays_no_deductible_and_does_not_raise_it(
            BenefitGroup group, String basic) {
        Claimant patient = new Claimant(LocalDate.of(1950, 1, 1), group, null, true, null);
        BasicResult r = BasicBenefits.apply(
                NINGBO_EMPLOYEE_2023,
                claim(CareType.INPATIENT, HospitalLevel.LEVEL_3, "2023-05-05", "10000.00"),
                patient,
                YearToDate.EMPTY);

        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(r.after().deductibleLevel()).isEqualTo(Money.ZERO);
        assertThat(r.after().deductiblePaid()).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest(name = "special-disease outpatient of 1,000.00 (P {1}) at {0}: basic {2}, compliant {3}")
    @CsvSource(
            textBlock =
                    """
            LOCAL,                       0.00,  920.00, 80.00
            EMERGENCY,                   0.00,  920.00, 80.00
            IN_PROVINCE,                 0.00,  820.00, 180.00
            CROSS_PROVINCE_UNREGISTERED, 0.00,  720.00, 280.00
            LOCAL,                       50.00, 874.00, 126.00
            """)
    void special_disease_outpatient_pays_092_of_e_less_the_out_of_area_reduction(
            ServiceLocation location, String preSelfPay, String basic, String compliant) {
        ClaimFacts c = withLocation(
                withPreSelfPay(
                        claim(CareType.SPECIAL_DISEASE_OUTPATIENT, HospitalLevel.LEVEL_3, "2023-05-05", "1000.00"),
                        preSelfPay),
                location);

        BasicResult r =
                BasicBenefits.apply(NINGBO_EMPLOYEE_2023, c, EMPLOYEE_40, YearToDate.withCurrentAccount(m("500.00")));

        // E = 1,000 − P; basic = round2(E × (0.92 − reduction)); compliant = P + E − basic
        assertThat(r.basic()).isEqualTo(m(basic));
        assertThat(r.ciBase()).isEqualTo(m(compliant));
        assertThat(r.personalAccount()).isEqualTo(Money.ZERO);
        assertThat(r.after().currentAccount()).isEqualTo(m("500.00"));
    }
}
