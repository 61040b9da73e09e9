package cn.yibao.policy.claim.basic;

import static cn.yibao.policy.claim.basic.Claims.RESIDENT_ADULT;
import static cn.yibao.policy.claim.basic.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.parameters.PolicyYearTerms;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC §0.2, §3.5, §2.3, §2.4: claims whose benefits the sources do not publish are refused, never guessed. */
class NotPublishedTest {

    static Stream<Arguments> unpublished() {
        return Stream.of(
                Arguments.of(
                        "Ningbo resident special-disease outpatient",
                        Claims.NINGBO_2026,
                        CareType.SPECIAL_DISEASE_OUTPATIENT),
                Arguments.of("Ningbo resident family sickbed", Claims.NINGBO_2026, CareType.FAMILY_SICKBED),
                Arguments.of(
                        "Huaihua special-disease outpatient", Claims.HUAIHUA_2026, CareType.SPECIAL_DISEASE_OUTPATIENT),
                Arguments.of("Huaihua family sickbed", Claims.HUAIHUA_2026, CareType.FAMILY_SICKBED),
                Arguments.of("Shanghai outpatient", Claims.SHANGHAI_2026, CareType.OUTPATIENT),
                Arguments.of("Shanghai inpatient", Claims.SHANGHAI_2026, CareType.INPATIENT));
    }

    @ParameterizedTest(name = "{0} fails with POLICY_NOT_PUBLISHED")
    @MethodSource("unpublished")
    void a_claim_whose_benefit_is_not_published_is_refused(String name, PolicyYearTerms terms, CareType type) {
        assertThatThrownBy(() -> BasicBenefits.apply(
                        terms,
                        claim(type, HospitalLevel.COMMUNITY, "2026-05-05", "1000.00"),
                        RESIDENT_ADULT,
                        YearToDate.EMPTY))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED));
    }
}
