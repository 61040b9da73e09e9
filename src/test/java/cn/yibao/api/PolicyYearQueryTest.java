package cn.yibao.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyYearQueryTest {

    private static final String QUERY =
            """
            query($region: String!, $year: Int!, $scheme: Scheme!) {
              policyYear(region: $region, year: $year, scheme: $scheme) {
                region year scheme enrollmentCloses paymentDeadline benefitStart benefitEnd
                contributions { category individualContribution subsidy }
                criticalIllnessCap sources projected
              }
            }""";

    private static io.restassured.response.ValidatableResponse post(String region, int year, String scheme) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", QUERY, "variables", Map.of("region", region, "year", year, "scheme", scheme)))
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    @Test
    void ningbo_2025_lists_the_published_contributions_and_subsidies() {
        post("ningbo", 2025, "RESIDENT")
                .body("data.policyYear.paymentDeadline", equalTo("2024-12-27"))
                .body(
                        "data.policyYear.contributions.category",
                        contains("ADULT", "INFANT", "OTHER_MINOR", "PRIMARY_SECONDARY_STUDENT"))
                .body("data.policyYear.contributions[0].individualContribution", equalTo(780.00f))
                .body("data.policyYear.contributions[0].subsidy", equalTo(2090.00f))
                .body("data.policyYear.criticalIllnessCap", nullValue())
                .body("data.policyYear.projected", equalTo(false));
    }

    @Test
    void huaihua_2026_publishes_a_critical_illness_cap_of_400000() {
        post("huaihua", 2026, "RESIDENT")
                .body("data.policyYear.criticalIllnessCap", equalTo(400000.00f))
                .body("data.policyYear.sources", hasItem("怀化市2026年城乡居民医保参保缴费须知"));
    }

    @Test
    void a_year_after_the_latest_is_projected_and_one_before_the_first_is_null() {
        post("ningbo", 2027, "RESIDENT")
                .body("data.policyYear.projected", equalTo(true))
                .body("data.policyYear.paymentDeadline", equalTo("2026-12-26"));
        post("ningbo", 2024, "RESIDENT").body("data.policyYear", nullValue());
    }

    @Test
    void an_unknown_region_is_bad_user_input_in_chinese_by_default_and_in_english_on_request() {
        post("atlantis", 2026, "RESIDENT")
                .body("data.policyYear", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.exception", nullValue())
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("输入有误"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en-US,en;q=0.9")
                .body(Map.of(
                        "query", QUERY, "variables", Map.of("region", "atlantis", "year", 2026, "scheme", "RESIDENT")))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("unknown region 'atlantis'"));
    }
}
