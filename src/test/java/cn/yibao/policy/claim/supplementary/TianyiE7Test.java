package cn.yibao.policy.claim.supplementary;

import static cn.yibao.policy.claim.Fixtures.NINGBO_RESIDENT_2025;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.Adjudication;
import cn.yibao.policy.claim.ClaimAdjudicator;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.ClaimRequest;
import cn.yibao.policy.claim.Fixtures;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.Responsibility;
import cn.yibao.policy.model.ServiceLocation;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §5 E7: 天一甬宁保 2025 (§3.10, D9) — R2 end to end, and the R3 / R4 unit cases. */
@DisplayName("E7 — 天一甬宁保 responsibilities")
class TianyiE7Test {

    @ParameterizedTest(name = "{0}: R2 pays {1} then {2} (year {3})")
    @CsvSource(
            textBlock =
                    """
            continuous,     false, true,  1800.00, 13000.00, 14800.00
            not-continuous, false, false, 1800.00, 11000.00, 12800.00
            pre-existing,   true,  true,   900.00,  5500.00,  6400.00
            """)
    void responsibility_2_accumulates_the_self_paid_inpatient_cost(
            String variant, boolean preExisting, boolean continuous, String first, String second, String year) {
        SupplementaryEnrolment wu = Fixtures.tianyi(preExisting, continuous);
        Adjudication a1 = adjudicate(wu, selfPaidInpatient("2025-03-05", "15000.00"), YearToDate.EMPTY);
        Adjudication a2 = adjudicate(wu, selfPaidInpatient("2025-10-18", "25000.00"), a1.after());

        assertThat(a1.supplementary()).isEqualTo(Money.of(first));
        assertThat(a2.supplementary()).isEqualTo(Money.of(second));
        assertThat(a2.after().supplementaryPaid(Responsibility.R2)).isEqualTo(Money.of(year));
        assertThat(a2.after().supplementaryBase(Responsibility.R2)).isEqualTo(Money.of("40000.00"));
        // R1 needs the CI amount, NP for Ningbo residents: not computed, base untouched
        assertThat(a2.incomplete()).contains(Layer.CRITICAL_ILLNESS, Layer.SUPPLEMENTARY);
        assertThat(a2.after().supplementaryBase(Responsibility.R1)).isEqualTo(Money.ZERO);
        assertThat(a2.lines()).extracting(l -> l.rule()).contains(SupplementaryBenefits.NOT_PUBLISHED_RULE);
    }

    @ParameterizedTest(name = "{0}, pre-existing {1}: base {2} from 0 pays {3}")
    @CsvSource(
            textBlock =
                    """
            R3, true,   30000.00,      3900.00
            R4, false, 250000.00,    100000.00
            """)
    void unit_cases_of_the_other_responsibilities(Responsibility r, boolean preExisting, String base, String expected) {
        SupplementaryEnrolment e = Fixtures.tianyi(preExisting, false);
        SupplementaryResult result = SupplementaryBenefits.apply(e, bases(r, Money.of(base)), YearToDate.EMPTY);

        assertThat(result.of(r)).isEqualTo(Money.of(expected));
        assertThat(result.after().supplementaryPaid(r)).isEqualTo(Money.of(expected));
    }

    @ParameterizedTest(name = "R1 base {0} → {1} pays {2}")
    @CsvSource(textBlock = """
            5496.00, 1946.00, 432.60
            """)
    void responsibility_1_from_a_cumulative_base(String before, String claim, String expected) {
        YearToDate ytd = YearToDate.EMPTY.toBuilder()
                .supplementaryBase(Responsibility.R1, Money.of(before))
                .build();
        SupplementaryResult result = SupplementaryBenefits.apply(
                Fixtures.tianyi(false, true), bases(Responsibility.R1, Money.of(claim)), ytd);

        assertThat(result.amount()).isEqualTo(Money.of(expected));
    }

    static SupplementaryBases bases(Responsibility r, Money x) {
        Map<Responsibility, Money> m = new java.util.EnumMap<>(Map.of(r, x));
        return new SupplementaryBases(
                m.getOrDefault(Responsibility.R1, Money.ZERO),
                m.getOrDefault(Responsibility.R2, Money.ZERO),
                m.getOrDefault(Responsibility.R3, Money.ZERO),
                m.getOrDefault(Responsibility.R4, Money.ZERO));
    }

    private static ClaimFacts selfPaidInpatient(String date, String selfPaid) {
        return Fixtures.claim(
                CareType.INPATIENT, HospitalLevel.LEVEL_3, ServiceLocation.LOCAL, date, "0", "0", selfPaid);
    }

    private static Adjudication adjudicate(SupplementaryEnrolment e, ClaimFacts claim, YearToDate before) {
        return ClaimAdjudicator.adjudicate(
                ClaimRequest.of(NINGBO_RESIDENT_2025, claim, Fixtures.adult(AssistanceStatus.NONE), before)
                        .withSupplementary(e));
    }
}
