package cn.yibao.policy.claim;

import static cn.yibao.policy.claim.Fixtures.HUAIHUA_2026;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.HospitalLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §5 E4: Huaihua 2026, three admissions that trigger critical illness (§3.8, §3.9.1, D8). */
@DisplayName("E4 — Huaihua inpatient case with critical illness")
class HuaihuaCriticalIllnessE4Test {

    /** Zhao's three admissions, in order. */
    private static final String[][] ADMISSIONS = {
        {"LEVEL_3", "2026-03-02", "100000.00"},
        {"LEVEL_3", "2026-06-10", "80000.00"},
        {"PROVINCIAL", "2026-10-08", "60000.00"}
    };

    @ParameterizedTest(name = "{0}: admission {1} pays basic {2}, CI {3}, personal {4}")
    @CsvSource(
            textBlock =
                    """
            NONE,           1, 64220.00, 11868.00, 23912.00
            NONE,           2, 51610.00, 17942.50, 10447.50
            NONE,           3, 34170.00, 16789.50,  9040.50
            MINIMUM_LIVING, 1, 64220.00, 18057.00, 17723.00
            MINIMUM_LIVING, 2, 51610.00, 19762.00,  8628.00
            MINIMUM_LIVING, 3, 34170.00, 18281.00,  7549.00
            """)
    void each_admission_pays_the_hand_computed_layers(
            AssistanceStatus assistance, int admission, String basic, String ci, String personal) {
        Adjudication a = run(assistance).get(admission - 1);

        assertThat(a.basic()).isEqualTo(Money.of(basic));
        assertThat(a.criticalIllness()).isEqualTo(Money.of(ci));
        assertThat(a.personal()).isEqualTo(Money.of(personal));
        assertThat(a.complete()).isTrue();
        assertThat(a.lines()).extracting(l -> l.rule()).contains("ci.huaihua.segment");
    }

    @ParameterizedTest(name = "{0}: the year is basic {1} + CI {2} + personal {3} of 240,000.00")
    @CsvSource(
            textBlock =
                    """
            NONE,           150000.00, 46600.00, 43400.00, 90000.00
            MINIMUM_LIVING, 150000.00, 56100.00, 33900.00, 90000.00
            """)
    void the_year_totals_add_up(AssistanceStatus assistance, String basic, String ci, String personal, String burden) {
        List<Adjudication> year = run(assistance);
        YearToDate after = year.get(2).after();

        assertThat(sum(year, Adjudication::basic)).isEqualTo(Money.of(basic));
        assertThat(sum(year, Adjudication::criticalIllness)).isEqualTo(Money.of(ci));
        assertThat(sum(year, Adjudication::personal)).isEqualTo(Money.of(personal));
        assertThat(after.ciPaid()).isEqualTo(Money.of(ci));
        assertThat(after.ciBase()).isEqualTo(Money.of(burden));
        assertThat(after.deductiblePaid()).isEqualTo(Money.of("3000.00"));
    }

    static List<Adjudication> run(AssistanceStatus assistance) {
        Claimant zhao = Fixtures.adult(assistance);
        YearToDate ytd = YearToDate.EMPTY;
        List<Adjudication> out = new ArrayList<>();
        for (String[] adm : ADMISSIONS) {
            ClaimFacts claim = Fixtures.inpatient(HospitalLevel.valueOf(adm[0]), adm[1], adm[2]);
            Adjudication a = ClaimAdjudicator.adjudicate(ClaimRequest.of(HUAIHUA_2026, claim, zhao, ytd));
            out.add(a);
            ytd = a.after();
        }
        return out;
    }

    static Money sum(List<Adjudication> year, java.util.function.Function<Adjudication, Money> layer) {
        Money total = Money.ZERO;
        for (Adjudication a : year) {
            total = total.plus(layer.apply(a));
        }
        return total;
    }
}
