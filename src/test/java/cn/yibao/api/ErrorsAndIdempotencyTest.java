package cn.yibao.api;

import static cn.yibao.api.support.Journeys.claim;
import static cn.yibao.api.support.Journeys.enroll;
import static cn.yibao.api.support.Journeys.history;
import static cn.yibao.api.support.Journeys.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.TestPeople;
import cn.yibao.persistence.PersonRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each error code with its message, nothing stored on an error, and idempotent retries. */
@QuarkusTest
class ErrorsAndIdempotencyTest {

    @Inject
    PersonRepository persons;

    private static JsonPath registerRaw(String name, String nationalId, String region, String language) {
        String body =
                "{\"query\":\"mutation($i: PersonInput!){ registerPerson(input: $i){ id } }\",\"variables\":{\"i\":{"
                        + "\"name\":\"" + name + "\",\"nationalId\":\"" + nationalId + "\",\"region\":\"" + region
                        + "\",\"residency\":\"LOCAL_HUKOU\"}}}";
        return GraphQL.post(body, language);
    }

    @Test
    void a_bad_national_id_is_bad_user_input_in_chinese_or_english_and_nothing_is_stored() {
        long before = persons.count();
        JsonPath zh = registerRaw("错号", "330203198504120010", "ningbo", null);
        assertThat(zh.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(zh.getString("errors[0].message")).startsWith("输入有误").doesNotContain("330203198504120010");
        assertThat(zh.getString("errors[0].extensions.exception")).isNull();
        JsonPath en = registerRaw("错号", "330203198504120010", "ningbo", "en");
        assertThat(en.getString("errors[0].message")).contains("check character");
        assertThat(persons.count()).isEqualTo(before);
    }

    @Test
    void registering_the_same_national_id_twice_is_a_conflict() {
        String id = TestPeople.nationalId(LocalDate.of(1977, 7, 7));
        assertThat(registerRaw("甲", id, "ningbo", null).getString("data.registerPerson.id"))
                .isNotNull();
        assertThat(registerRaw("乙", id, "ningbo", null).getString("errors[0].extensions.code"))
                .isEqualTo("CONFLICT");
    }

    @Test
    void an_unknown_person_is_not_found_and_an_unknown_region_is_bad_user_input() {
        assertThat(enroll("999999999", "ningbo", 2026, "RESIDENT", "2025-12-20").getString("errors[0].extensions.code"))
                .isEqualTo("NOT_FOUND");
        assertThat(registerRaw("丙", TestPeople.nationalId(LocalDate.of(1966, 6, 6)), "atlantis", null)
                        .getString("errors[0].extensions.code"))
                .isEqualTo("BAD_USER_INPUT");
        assertThat(GraphQL.example("mini-program/MyInsurance", Map.of("personId", "999999999"))
                        .getString("data.person"))
                .isNull();
    }

    @Test
    void a_shanghai_adult_contribution_is_not_published_and_no_enrollment_is_stored() {
        String p = register("沪成人", LocalDate.of(1980, 2, 2), "shanghai", "NONE", "null", "null");
        JsonPath r = enroll(p, "shanghai", 2026, "RESIDENT", "2025-12-01");
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("POLICY_NOT_PUBLISHED");
        assertThat(r.getString("errors[0].message")).startsWith("相关政策文件尚未公布");
        assertThat(GraphQL.example("mini-program/MyInsurance", Map.of("personId", p))
                        .getList("data.person.enrollments"))
                .isEmpty();
    }

    @Test
    void amounts_below_zero_or_with_three_decimals_are_bad_user_input() {
        String p = register("金额", LocalDate.of(1980, 3, 3), "ningbo", "NONE", "null", "null");
        enroll(p, "ningbo", 2026, "RESIDENT", "2025-12-01");
        assertThat(claim(p, "2026-03-01", "OUTPATIENT", "LEVEL_3", "-1.00").getString("errors[0].extensions.code"))
                .isEqualTo("BAD_USER_INPUT");
        JsonPath three = claim(p, "2026-03-01", "OUTPATIENT", "LEVEL_3", "100.001");
        assertThat(three.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(three.getString("errors[0].extensions.rule")).isEqualTo("input.amount");
        assertThat(GraphQL.example("mini-program/MyInsurance", Map.of("personId", p))
                        .getList("data.person.claims"))
                .isEmpty();
    }

    @Test
    void enrolling_twice_for_the_same_year_is_a_conflict() {
        String p = register("重复", LocalDate.of(1980, 4, 4), "ningbo", "NONE", "null", "null");
        assertThat(enroll(p, "ningbo", 2026, "RESIDENT", "2025-12-01").getString("data.enroll.id"))
                .isNotNull();
        assertThat(enroll(p, "ningbo", 2026, "RESIDENT", "2025-12-02").getString("errors[0].extensions.code"))
                .isEqualTo("CONFLICT");
    }

    @Test
    void a_retried_claim_returns_the_first_result_and_a_reused_key_with_other_input_is_a_conflict() {
        String p = register("重试", LocalDate.of(1980, 5, 5), "ningbo", "NONE", "null", "null");
        history(p, 2025, "ningbo", "RESIDENT", "10.00");
        enroll(p, "ningbo", 2026, "RESIDENT", "2025-12-01");
        String key = UUID.randomUUID().toString();
        JsonPath first = claim(p, "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00", key);
        JsonPath retry = claim(p, "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00", key);
        assertThat(retry.getString("data.submitClaim.id")).isEqualTo(first.getString("data.submitClaim.id"));
        assertThat(retry.getString("data.submitClaim.adjudication.basicFund")).isEqualTo("7760.0");
        JsonPath other = claim(p, "2026-03-02", "INPATIENT", "COMMUNITY", "20000.00", key);
        assertThat(other.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(GraphQL.example("mini-program/MyInsurance", Map.of("personId", p))
                        .getList("data.person.claims"))
                .hasSize(1);
    }
}
