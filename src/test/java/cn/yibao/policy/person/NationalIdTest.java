package cn.yibao.policy.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdTest {

    // GB 11643's example: Σ digit × weight = 167, 167 mod 11 = 2 → check character 'X'.
    private static final String VALID = "11010519491231002X";

    @Test
    void a_valid_number_yields_birth_date_sex_area_and_a_masked_form() {
        NationalId id = NationalId.parse(VALID);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.male()).isFalse(); // sequence 002: even
        assertThat(id.areaCode()).isEqualTo("110105");
        assertThat(id.masked()).isEqualTo("1101**********002X");
        assertThat(id.toString()).doesNotContain("19491231");
    }

    @Test
    void a_lower_case_x_is_accepted() {
        assertThat(NationalId.parse("11010519491231002x").reveal()).isEqualTo(VALID);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
        "110105194912310021, the check character does not match",
        "110105194902310026, the birth date in it is not a date",
        "990105194912310021, unknown area code",
        "1101051949123100, must be 17 digits",
        "11010518991231002X, before 1900",
    })
    void invalid_numbers_are_bad_user_input(String raw, String why) {
        assertThatThrownBy(() -> NationalId.parse(raw))
                .isInstanceOfSatisfying(PolicyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                    assertThat(e.ruleId()).isEqualTo("input.national-id");
                })
                .hasMessageContaining(why)
                .hasMessageNotContaining(raw);
    }
}
