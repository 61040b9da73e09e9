package cn.yibao.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.ErrorCode;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @Test
    void every_code_has_a_chinese_and_an_english_sentence() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ErrorMessages.message(code, null, false))
                    .as(code + " zh")
                    .isNotBlank();
            assertThat(ErrorMessages.message(code, null, true)).as(code + " en").isNotBlank();
        }
    }

    @Test
    void the_detail_follows_in_the_style_of_each_language() {
        assertThat(ErrorMessages.message(ErrorCode.RATE_LIMITED, "3 per minute", false))
                .isEqualTo("操作过于频繁，请稍后再试（3 per minute）");
        assertThat(ErrorMessages.message(ErrorCode.RATE_LIMITED, "3 per minute", true))
                .isEqualTo("Too many requests; please try again later: 3 per minute");
    }

    @Test
    void english_is_chosen_by_an_accept_language_starting_with_en() {
        assertThat(ErrorMessages.english("en-GB,en;q=0.9")).isTrue();
        assertThat(ErrorMessages.english(" EN")).isTrue();
        assertThat(ErrorMessages.english("zh-CN,en;q=0.5")).isFalse();
        assertThat(ErrorMessages.english(null)).isFalse();
    }
}
