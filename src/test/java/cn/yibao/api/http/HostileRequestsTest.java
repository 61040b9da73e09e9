package cn.yibao.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Journeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Requests a client should not send are refused with a status and {@code extensions.code}, never a
 * 500, and no response names a Java class. Raw HTTP (java.net.http), so every header is the test's.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(java|io|org|cn)\\.[a-z]+\\.");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @TestHTTPResource("/graphql")
    URI graphql;

    record Answer(int status, String contentType, JsonObject body, HttpResponse<String> raw) {
        String code() {
            return body.getJsonArray("errors")
                    .getJsonObject(0)
                    .getJsonObject("extensions")
                    .getString("code");
        }

        String rule() {
            return body.getJsonArray("errors")
                    .getJsonObject(0)
                    .getJsonObject("extensions")
                    .getString("rule");
        }

        String message() {
            return body.getJsonArray("errors").getJsonObject(0).getString("message");
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.body()).as("no Java class name").doesNotContainPattern(JAVA_CLASS);
            return new Answer(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.body().isEmpty() ? new JsonObject() : new JsonObject(r.body()),
                    r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer post(String contentType, String accept, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(graphql).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b);
    }

    private Answer post(String body) {
        return post(JSON, JSON, body);
    }

    private static String request(String query) {
        return new JsonObject().put("query", query).encode();
    }

    @Test
    void a_json_array_of_requests_is_refused_with_400() {
        Answer a = post("[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.code()).isEqualTo("BATCH_NOT_SUPPORTED");
        assertThat(a.contentType()).startsWith(JSON);
    }

    @Test
    void the_endpoint_with_a_trailing_slash_is_checked_too() {
        Answer a = send(HttpRequest.newBuilder(URI.create(graphql + "/"))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("[]")));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.code()).isEqualTo("BATCH_NOT_SUPPORTED");
        assertThat(GraphQLHttpGate.isGraphQL("/graphql//")).isTrue();
        assertThat(GraphQLHttpGate.isGraphQL("/graphql/schema.graphql")).isFalse();
        assertThat(GraphQLHttpGate.isGraphQL("/graphqlx")).isFalse();
    }

    @Test
    void a_body_that_is_no_json_object_or_lacks_a_string_query_is_400() {
        for (String body : new String[] {
            "{ \"not a JSON",
            "\"{ __typename }\"",
            "{}",
            "{\"query\": 1}",
            "{\"query\": \"\"}",
            "{\"qeury\":\"{ x }\"}",
            ""
        }) {
            Answer a = post(body);
            assertThat(a.status()).as(body).isEqualTo(400);
            assertThat(a.code()).as(body).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void variables_operation_name_and_extensions_of_the_wrong_type_are_400_not_500() {
        for (String parameter : new String[] {
            "\"variables\": \"{}\"",
            "\"variables\": [1]",
            "\"variables\": 7",
            "\"operationName\": 1",
            "\"operationName\": {\"a\": 1}",
            "\"extensions\": \"x\""
        }) {
            Answer a = post("{\"query\": \"{ __typename }\", " + parameter + "}");
            assertThat(a.status()).as(parameter).isEqualTo(400);
            assertThat(a.code()).as(parameter).isEqualTo("BAD_REQUEST");
            assertThat(a.rule()).isEqualTo("http.body");
        }
        Answer nulls = post(
                "{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}");
        assertThat(nulls.status()).isEqualTo(200);
        assertThat(nulls.body().getJsonObject("data").getString("__typename")).isEqualTo("Query");
    }

    @Test
    void get_is_405_for_queries_and_mutations() {
        for (String query : new String[] {"%7B__typename%7D", "mutation%7B__typename%7D"}) {
            Answer a = send(HttpRequest.newBuilder(URI.create(graphql + "?query=" + query))
                    .GET());
            assertThat(a.status()).isEqualTo(405);
            assertThat(a.code()).isEqualTo("METHOD_NOT_ALLOWED");
            assertThat(a.raw().headers().firstValue("Allow")).contains("POST, OPTIONS");
        }
        Answer put = send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(request("{ __typename }"))));
        assertThat(put.status()).isEqualTo(405);
    }

    @Test
    void a_body_that_is_not_utf8_json_is_415() {
        String body = request("{ __typename }");
        for (String type : new String[] {
            "text/plain",
            "application/graphql",
            "application/x-www-form-urlencoded",
            "application/json; charset=ISO-8859-1"
        }) {
            Answer a = post(type, JSON, body);
            assertThat(a.status()).as(type).isEqualTo(415);
            assertThat(a.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        assertThat(post(null, JSON, body).status()).isEqualTo(415);
        assertThat(post("application/json; charset=utf-8", JSON, body).status()).isEqualTo(200);
    }

    @Test
    void a_client_that_accepts_no_json_is_406() {
        Answer a = post(JSON, "text/html", request("{ __typename }"));
        assertThat(a.status()).isEqualTo(406);
        assertThat(a.code()).isEqualTo("NOT_ACCEPTABLE");
    }

    @Test
    void without_accept_or_with_any_type_the_answer_is_application_json() {
        assertThat(post(JSON, null, request("{ __typename }")).contentType()).startsWith(JSON);
        assertThat(post(JSON, "*/*", request("{ __typename }")).contentType()).startsWith(JSON);
        assertThat(post(JSON, GRAPHQL_RESPONSE, request("{ __typename }")).contentType())
                .startsWith(GRAPHQL_RESPONSE);
    }

    @Test
    void a_body_over_64k_is_413_whether_its_length_is_declared_or_chunked() {
        byte[] big = request("{ __typename }" + " ".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        Answer declared = send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        Answer chunked = send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_document_over_a_limit_is_a_request_error_with_its_code() {
        String deep = "{ person(id: \"1\") { familyPoolNetwork { founder { familyPoolNetwork { founder {"
                + " familyPoolNetwork { founder { familyPoolNetwork { founder { familyPoolNetwork { id } } } } } } } } } } }";
        Answer json = post(request(deep));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.code()).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(json.rule()).isEqualTo("graphql.max-depth");
        assertThat(json.message()).isEqualTo("查询过于复杂，请拆分后重试（depth 11, at most 10）");
        assertThat(json.body().containsKey("data")).isFalse();
        Answer graphqlResponse = post(JSON, GRAPHQL_RESPONSE, request(deep));
        assertThat(graphqlResponse.status()).isEqualTo(400);
        assertThat(graphqlResponse.code()).isEqualTo("QUERY_TOO_COMPLEX");
    }

    @Test
    void two_money_moving_mutations_in_one_request_are_refused_and_nothing_is_stored() {
        String p = Journeys.register("双保险", LocalDate.of(1985, 5, 5), "ningbo", "NONE", "null", "null");
        String twice = "mutation { a: enrollSupplementary(personId: \"" + p
                + "\", year: 2025, preExistingCondition: false)" + " { id } b: enrollSupplementary(personId: \"" + p
                + "\", year: 2024, preExistingCondition: false) { id } }";
        Answer a = post(request(twice));
        assertThat(a.code()).isEqualTo("TOO_MANY_MONEY_MUTATIONS");
        assertThat(a.rule()).isEqualTo("graphql.money-mutations");
        assertThat(GraphQL.post(request("{ person(id: \"" + p + "\") { supplementaryEnrollments { year } } }"), null)
                        .getList("data.person.supplementaryEnrollments"))
                .isEmpty();
    }

    @Test
    void syntax_validation_and_variable_errors_carry_a_code_and_no_data() {
        Answer syntax = post(request("{ policyYears { year }"));
        assertThat(syntax.status()).isEqualTo(200);
        assertThat(syntax.code()).isEqualTo("GRAPHQL_PARSE_FAILED");
        Answer unknown = post(request("{ nationalIds }"));
        assertThat(unknown.code()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(unknown.body().containsKey("data")).isFalse();
        String coercion = new JsonObject()
                .put("query", "query Q($id: ID!) { person(id: $id) { id } }")
                .put("variables", new JsonObject().putNull("id"))
                .encode();
        assertThat(post(coercion).code()).isEqualTo("BAD_USER_INPUT");
        for (String body : new String[] {request("{ policyYears { year }"), request("{ nationalIds }"), coercion}) {
            assertThat(post(JSON, GRAPHQL_RESPONSE, body).status()).as(body).isEqualTo(400);
        }
    }

    @Test
    void refusals_are_in_english_when_asked() {
        Answer a = send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", JSON)
                .header("Accept-Language", "en-GB,en;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString("[]")));
        assertThat(a.message())
                .isEqualTo(
                        "Batched requests are not supported; send each request on its own: the body is a JSON array of requests");
    }

    @Test
    void a_well_formed_request_is_not_affected() {
        Answer a = post(new JsonObject()
                .put("query", "query Y($r: String!) { policyYear(region: $r, year: 2025, scheme: RESIDENT) { year } }")
                .put("variables", new JsonObject(Map.of("r", "ningbo")))
                .put("operationName", "Y")
                .put("extensions", new JsonObject())
                .encode());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().getJsonObject("data").getJsonObject("policyYear").getInteger("year"))
                .isEqualTo(2025);
    }
}
