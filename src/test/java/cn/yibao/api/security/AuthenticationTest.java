package cn.yibao.api.security;

import static cn.yibao.api.support.GraphQL.callAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.api.support.Journeys;
import cn.yibao.api.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who the service believes: only a short-lived RS256 token of our issuer and audience, from the header. */
@QuarkusTest
class AuthenticationTest {

    static final String PERSON = "query($id: ID!) { person(id: $id) { id nationalIdMasked } }";
    static final String POLICY_YEARS = "{ policyYears { year } }";

    @Test
    void without_a_token_policy_years_answer_but_a_person_is_refused_as_unauthenticated() {
        callAs(null, POLICY_YEARS).body("errors", nullValue()).body("data.policyYears.size()", greaterThan(0));
        String id = Journeys.register("匿名测试", LocalDate.of(1990, 1, 1), "ningbo", "NONE", "null", "null");
        callAs(null, PERSON, "id", id)
                .body("data.person", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void a_citizen_token_reads_its_own_person() {
        String id = Journeys.register("本人测试", LocalDate.of(1990, 1, 2), "ningbo", "NONE", "null", "null");
        callAs(Tokens.citizen(id), PERSON, "id", id).body("errors", nullValue()).body("data.person.id", equalTo(id));
    }

    @Test
    void a_token_minted_by_bin_token_is_accepted() throws Exception {
        String id = Journeys.register("脚本测试", LocalDate.of(1990, 1, 4), "huaihua", "NONE", "null", "null");
        Process p = new ProcessBuilder("bin/token", "officer", "hh-007", "huaihua").start();
        String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        org.assertj.core.api.Assertions.assertThat(p.waitFor()).isZero();
        callAs(token, PERSON, "id", id).body("errors", nullValue()).body("data.person.id", equalTo(id));
    }

    @Test
    void an_expired_token_is_refused_with_401() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(20));
        rejected(Tokens.custom("1", issued, Duration.ofMinutes(10), Tokens.ISSUER, Tokens.AUDIENCE));
    }

    @Test
    void a_token_living_longer_than_fifteen_minutes_is_refused() {
        rejected(Tokens.custom("1", Instant.now(), Duration.ofHours(1), Tokens.ISSUER, Tokens.AUDIENCE));
    }

    @Test
    void a_token_of_another_issuer_or_audience_is_refused() {
        rejected(Tokens.custom("1", Instant.now(), Duration.ofMinutes(5), "someone-else", Tokens.AUDIENCE));
        rejected(Tokens.custom("1", Instant.now(), Duration.ofMinutes(5), Tokens.ISSUER, "another-api"));
    }

    @Test
    void an_hs256_token_is_refused_because_the_algorithm_is_pinned_to_rs256() {
        String hs256 = Jwt.claims()
                .subject("1")
                .groups(Set.of("CITIZEN"))
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .issuedAt(Instant.now())
                .expiresIn(Duration.ofMinutes(5))
                .jws()
                .signWithSecret("a-shared-secret-that-is-long-enough-for-hs256!!");
        rejected(hs256);
    }

    @Test
    void an_unsigned_alg_none_token_is_refused() {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = b64("{\"sub\":\"1\",\"groups\":[\"AUDITOR\"],\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\""
                + Tokens.AUDIENCE + "\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}");
        rejected(header + "." + claims + ".");
    }

    @Test
    void a_token_in_a_cookie_or_the_query_string_is_ignored() {
        String id = Journeys.register("饼干测试", LocalDate.of(1990, 1, 3), "ningbo", "NONE", "null", "null");
        String token = Tokens.citizen(id);
        given().contentType(ContentType.JSON)
                .cookie("Bearer", token)
                .queryParam("access_token", token)
                .body(Map.of("query", PERSON, "variables", Map.of("id", id)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void a_signed_token_without_exactly_one_role_is_refused() {
        String twoRoles = Jwt.claims()
                .subject("1")
                .groups(Set.of("CITIZEN", "AUDITOR"))
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .issuedAt(Instant.now())
                .expiresIn(Duration.ofMinutes(5))
                .jws()
                .sign(Tokens.key());
        callAs(twoRoles, PERSON, "id", "1")
                .body("data.person", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void a_citizen_token_whose_subject_is_not_a_person_id_is_refused() {
        callAs(Tokens.citizen("not-a-number"), PERSON, "id", "1")
                .body("data.person", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    private static void rejected(String token) {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + token)
                .body(Map.of("query", POLICY_YEARS))
                .post("/graphql")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
