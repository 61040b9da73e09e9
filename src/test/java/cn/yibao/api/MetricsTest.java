package cn.yibao.api;

import static cn.yibao.api.FamilyPoolGraphQLTest.ADD;
import static cn.yibao.api.FamilyPoolGraphQLTest.CREATE;
import static cn.yibao.api.FamilyPoolGraphQLTest.graphql;
import static cn.yibao.api.FamilyPoolGraphQLTest.linFamily;
import static cn.yibao.api.FamilyPoolGraphQLTest.linNetwork;
import static cn.yibao.api.support.Journeys.claim;
import static cn.yibao.api.support.Journeys.enroll;
import static cn.yibao.api.support.Journeys.history;
import static cn.yibao.api.support.Journeys.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Scrape;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.service.FamilyPeople;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The yibao_* series of /q/metrics move by exactly what a request did: scraped before and after,
 * over the real service and database. Amounts are the hand-computed ones of SPEC E3 and E11.
 */
@QuarkusTest
class MetricsTest {

    @Inject
    FamilyPeople people;

    static final String OPERATIONS = "yibao_graphql_operations_seconds_count";
    static final String CLAIMS = "yibao_claims_adjudicated_total";
    static final String LAYER_COUNT = "yibao_claim_layer_paid_yuan_count";
    static final String LAYER_SUM = "yibao_claim_layer_paid_yuan_sum";
    static final String POOL_PAYMENTS = "yibao_family_pool_payments_total";
    static final String POOL_SUM = "yibao_family_pool_paid_yuan_sum";
    static final String QUOTES = "yibao_contribution_quotes_total";

    /** Sums of doubles: equal to the fen (earlier tests may have left fractions in the same series). */
    private static BigDecimal yuan(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String[] layer(String layer) {
        return new String[] {"layer", layer, "region", "ningbo", "scheme", "resident"};
    }

    @Test
    void a_submitted_claim_counts_one_ok_submit_claim_and_each_layer_with_what_it_paid() {
        String zhou = register("指标周", LocalDate.of(1985, 4, 12), "ningbo", "NONE", "null", "null");
        history(zhou, 2025, "ningbo", "RESIDENT", "1200.00");
        enroll(zhou, "ningbo", 2026, "RESIDENT", "2025-12-20");

        Scrape before = Scrape.now();
        // SPEC E3 admission 1 (CitizenJourneyTest): basic 7,760.00, personal 2,240.00, nothing else.
        JsonPath c = claim(zhou, "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00");
        Scrape after = Scrape.now();

        assertThat(c.getList("errors")).isNull();
        assertThat(after.since(before, OPERATIONS, "operation", "SubmitClaim", "type", "mutation", "outcome", "ok"))
                .isEqualByComparingTo("1");
        assertThat(after.since(before, CLAIMS, "region", "ningbo", "scheme", "resident"))
                .isEqualByComparingTo("1");
        assertThat(after.since(before, LAYER_COUNT, layer("basic"))).isEqualByComparingTo("1");
        assertThat(yuan(after.since(before, LAYER_SUM, layer("basic")))).isEqualByComparingTo("7760.00");
        assertThat(after.since(before, LAYER_COUNT, layer("personal"))).isEqualByComparingTo("1");
        assertThat(yuan(after.since(before, LAYER_SUM, layer("personal")))).isEqualByComparingTo("2240.00");
        for (String unpaid : List.of("personal-account", "critical-illness", "supplementary", "family-pool")) {
            assertThat(after.since(before, LAYER_COUNT, layer(unpaid)))
                    .as(unpaid)
                    .isZero();
        }
    }

    @Test
    void a_refused_claim_counts_under_bad_user_input_and_adds_no_claim() {
        String p = register("指标错", LocalDate.of(1980, 3, 3), "ningbo", "NONE", "null", "null");
        enroll(p, "ningbo", 2026, "RESIDENT", "2025-12-01");

        Scrape before = Scrape.now();
        JsonPath c = claim(p, "2026-03-01", "OUTPATIENT", "LEVEL_3", "-1.00");
        Scrape after = Scrape.now();

        assertThat(c.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(after.since(
                        before,
                        OPERATIONS,
                        "operation",
                        "SubmitClaim",
                        "type",
                        "mutation",
                        "outcome",
                        "BAD_USER_INPUT"))
                .isEqualByComparingTo("1");
        assertThat(after.since(before, OPERATIONS, "operation", "SubmitClaim", "type", "mutation", "outcome", "ok"))
                .isZero();
        assertThat(after.since(before, CLAIMS, "region", "ningbo", "scheme", "resident"))
                .isZero();
    }

    @Test
    void a_quote_counts_once_by_region_and_scheme() {
        Scrape before = Scrape.now();
        JsonPath q = GraphQL.example(
                "mini-program/QuoteContribution",
                Map.of(
                        "region", "huaihua",
                        "year", "2026",
                        "birthDate", "1975-03-01",
                        "paymentDate", "2026-02-01",
                        "assistanceStatus", "NONE",
                        "insuredYears", "[2025]",
                        "zeroClaimYears", "[]"));
        Scrape after = Scrape.now();

        assertThat(q.getList("errors")).isNull();
        assertThat(after.since(before, QUOTES, "region", "huaihua", "scheme", "resident"))
                .isEqualByComparingTo("1");
        assertThat(after.since(before, QUOTES, "region", "ningbo", "scheme", "resident"))
                .isZero();
        assertThat(after.since(before, OPERATIONS, "operation", "QuoteContribution", "type", "query", "outcome", "ok"))
                .isEqualByComparingTo("1");
    }

    @Test
    void an_unnamed_query_is_anonymous_and_a_query_the_schema_rejects_is_a_validation_failure() {
        Scrape before = Scrape.now();
        GraphQL.post("{\"query\":\"{ policyYears { year } }\"}", null);
        JsonPath rejected = GraphQL.post("{\"query\":\"query Broken { policyYears { noSuchField } }\"}", null);
        Scrape after = Scrape.now();

        assertThat(rejected.getList("errors")).isNotEmpty();
        assertThat(after.since(before, OPERATIONS, "operation", "anonymous", "type", "query", "outcome", "ok"))
                .isEqualByComparingTo("1");
        assertThat(after.since(
                        before,
                        OPERATIONS,
                        "operation",
                        "Broken",
                        "type",
                        "query",
                        "outcome",
                        "GRAPHQL_VALIDATION_FAILED"))
                .isEqualByComparingTo("1");
    }

    @Test
    void a_pool_paid_medical_burden_counts_once_with_its_amount_as_pool_payment_and_claim_layer() {
        long wang = people.employee("指标王", "ningbo", LocalDate.of(1970, 1, 1), "5000.00");
        long father = people.resident("指标王父", "ningbo", LocalDate.of(1945, 2, 2), StudentStatus.NONE, 2025);
        String net = FamilyPoolGraphQLTest.ningboFatherBound(wang, father, List.of("PAY_MEDICAL"));

        Scrape before = Scrape.now();
        // E3 admission 1 again: basic 7,760.00; the pool pays the remaining 2,240.00 in full.
        JsonPath c = claim(String.valueOf(father), "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00");
        Scrape after = Scrape.now();

        assertThat(new BigDecimal(c.getString("data.submitClaim.adjudication.familyPool")))
                .isEqualByComparingTo("2240.00");
        assertThat(after.since(before, POOL_PAYMENTS, "kind", "medical", "outcome", "paid"))
                .isEqualByComparingTo("1");
        assertThat(yuan(after.since(before, POOL_SUM, "kind", "medical"))).isEqualByComparingTo("2240.00");
        assertThat(yuan(after.since(before, LAYER_SUM, layer("family-pool")))).isEqualByComparingTo("2240.00");
        assertThat(yuan(after.since(before, LAYER_SUM, layer("basic")))).isEqualByComparingTo("7760.00");
        assertThat(after.since(before, LAYER_COUNT, layer("personal"))).isZero();
    }

    @Test
    void a_claim_the_pool_may_not_pay_counts_a_medical_refusal_and_no_pool_money() {
        long wang = people.employee("指标王二", "ningbo", LocalDate.of(1970, 1, 1), "5000.00");
        long father = people.resident("指标王二父", "ningbo", LocalDate.of(1945, 2, 2), StudentStatus.NONE, 2025);
        String net = FamilyPoolGraphQLTest.ningboFatherBound(wang, father, List.of("PAY_CONTRIBUTION"));

        Scrape before = Scrape.now();
        // E3 admission 1: the 2,240.00 left after basic stays the father's own (PAY_MEDICAL is off).
        JsonPath c = claim(String.valueOf(father), "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00");
        Scrape after = Scrape.now();

        assertThat(new BigDecimal(c.getString("data.submitClaim.adjudication.personal")))
                .isEqualByComparingTo("2240.00");
        assertThat(after.since(before, POOL_PAYMENTS, "kind", "medical", "outcome", "MODE_NOT_ENABLED"))
                .isEqualByComparingTo("1");
        assertThat(after.since(before, POOL_PAYMENTS, "kind", "medical", "outcome", "paid"))
                .isZero();
        assertThat(after.since(before, LAYER_COUNT, layer("family-pool"))).isZero();
    }

    @Test
    void a_contribution_paid_from_the_pool_counts_once_and_its_idempotent_retry_not_again() {
        var f = linFamily(people);
        String net = linNetwork(f);
        String key = UUID.randomUUID().toString();

        Scrape before = Scrape.now();
        // SPEC E11: the son's 2026 contribution, 400.00, from the Shanghai pool; then the same request again.
        JsonPath first = FamilyPoolGraphQLTest.shanghaiContributionFromPool(f.son(), net, key)
                .extract()
                .jsonPath();
        JsonPath retry = FamilyPoolGraphQLTest.shanghaiContributionFromPool(f.son(), net, key)
                .extract()
                .jsonPath();
        Scrape after = Scrape.now();

        assertThat(first.getList("errors")).isNull();
        assertThat(retry.getString("data.enroll.id")).isEqualTo(first.getString("data.enroll.id"));
        assertThat(after.since(before, POOL_PAYMENTS, "kind", "contribution", "outcome", "paid"))
                .isEqualByComparingTo("1");
        assertThat(yuan(after.since(before, POOL_SUM, "kind", "contribution"))).isEqualByComparingTo("400.00");
    }

    @Test
    void pool_refusals_count_under_their_error_code_and_move_no_money() {
        var f = linFamily(people);
        // The network before its founder sets any mode (E11 on 20 November): it may pay nothing.
        String net = graphql(
                        CREATE, "founder", String.valueOf(f.lin()), "modes", List.of(), "at", "2025-11-20T10:00:00")
                .body("errors", nullValue())
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", net, "person", String.valueOf(f.son()), "relation", "CHILD", "at", "2025-11-20T10:00:00")
                .body("errors", nullValue());

        Scrape before = Scrape.now();
        JsonPath refused = FamilyPoolGraphQLTest.shanghaiContributionFromPool(
                        f.son(), net, UUID.randomUUID().toString())
                .extract()
                .jsonPath();
        Scrape after = Scrape.now();

        String code = refused.getString("errors[0].extensions.code");
        assertThat(code).isEqualTo("MODE_NOT_ENABLED");
        assertThat(after.since(before, POOL_PAYMENTS, "kind", "contribution", "outcome", code))
                .isEqualByComparingTo("1");
        assertThat(after.since(before, POOL_PAYMENTS, "kind", "contribution", "outcome", "paid"))
                .isZero();
        assertThat(after.since(before, "yibao_family_pool_paid_yuan_count", "kind", "contribution"))
                .isZero();
    }

    @Test
    void quarkus_exports_jvm_http_pool_and_hibernate_metrics_and_made_up_paths_share_one_uri() {
        GraphQL.post("{\"query\":\"{ policyYears { year } }\"}", null);
        given().get("/made-up/" + UUID.randomUUID()).then().statusCode(404);
        Scrape s = Scrape.now();

        assertThat(s.samples("jvm_memory_used_bytes")).isNotEmpty();
        assertThat(s.samples("agroal_active_count")).isNotEmpty();
        assertThat(s.samples("hibernate_sessions_open_total")).isNotEmpty();
        assertThat(s.samples("http_server_requests_seconds_count"))
                .extracting(x -> x.labels().get("uri"))
                .contains("/graphql", "NOT_FOUND")
                .noneMatch(uri -> uri.startsWith("/made-up"));
    }
}
