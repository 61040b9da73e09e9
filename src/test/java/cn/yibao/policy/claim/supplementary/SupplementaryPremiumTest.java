package cn.yibao.policy.claim.supplementary;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.Fixtures;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.ResidentCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §3.10 and §8 C12: the 天一甬宁保 premium by resident category (empty = employee / retiree). */
class SupplementaryPremiumTest {

    @ParameterizedTest(name = "category {0} pays {1}")
    @CsvSource(
            textBlock =
                    """
            ADULT,                     100.00
            INFANT,                     50.00
            OTHER_MINOR,                50.00
            PRIMARY_SECONDARY_STUDENT,  50.00
            COLLEGE_STUDENT,            50.00
            ,                          100.00
            """)
    void minors_and_students_pay_half(ResidentCategory category, String premium) {
        assertThat(SupplementaryPremium.premium(Fixtures.TIANYI_2025, category)).isEqualTo(Money.of(premium));
    }
}
