package cn.yibao.api.security;

import static cn.yibao.api.support.GraphQL.callAs;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.api.support.Journeys;
import cn.yibao.api.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A token verified once is answered from the pod's cache; one that failed verification never is. */
@QuarkusTest
class VerifiedTokenCacheTest {

    static final String PERSON = "query($id: ID!) { person(id: $id) { id } }";

    @Inject
    VerifiedTokenCache cache;

    @Test
    void the_second_request_with_a_token_is_answered_from_the_cache_with_the_same_caller() {
        String id = Journeys.register("缓存令牌", LocalDate.of(1991, 2, 3), "ningbo", "NONE", "null", "null");
        String token = Tokens.citizen(id);
        callAs(token, PERSON, "id", id).body("data.person.id", equalTo(id));
        long before = cache.hits();
        callAs(token, PERSON, "id", id).body("errors", nullValue()).body("data.person.id", equalTo(id));
        assertThat(cache.hits()).isGreaterThan(before);
    }

    @Test
    void a_token_that_failed_verification_stays_refused_and_is_never_answered_from_the_cache() {
        String other = Tokens.custom("1", Instant.now(), Duration.ofMinutes(5), "someone-else", Tokens.AUDIENCE);
        String expired = Tokens.custom(
                "1",
                Instant.now().minus(Duration.ofMinutes(10)),
                Duration.ofMinutes(2),
                Tokens.ISSUER,
                Tokens.AUDIENCE);
        long before = cache.hits();
        for (int i = 0; i < 2; i++) {
            refused(other);
            refused(expired);
        }
        assertThat(cache.hits()).isEqualTo(before);
    }

    private static void refused(String token) {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + token)
                .body(Map.of("query", "{ policyYears { year } }"))
                .post("/graphql")
                .then()
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
