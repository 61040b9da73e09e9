package cn.yibao.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestScanTest {

    private static RequestScan.Result scan(String body) {
        return RequestScan.scan(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String body) {
        RequestScan.Result r = scan(body);
        assertThat(r.refusal()).as(body).isNotNull();
        return r.refusal().code() + ": " + r.refusal().detail();
    }

    @Test
    void a_request_gives_its_query_and_ignores_other_members() {
        RequestScan.Result r =
                scan("{\"query\":\"{ a }\",\"variables\":{\"x\":[1,{\"y\":null}]},\"operationName\":null,"
                        + "\"extensions\":{\"persistedQuery\":{}},\"id\":\"whatever\"}");
        assertThat(r.refusal()).isNull();
        assertThat(r.query()).isEqualTo("{ a }");
    }

    @Test
    void raw_line_breaks_and_tabs_are_spaces_as_for_smallrye() {
        assertThat(scan("{\n\t\"query\": \"query {\n\tpolicyYears { year }\n}\"\n}")
                        .query())
                .isEqualTo("query {  policyYears { year } }");
        assertThat(refusal("{\"query\": \"{ a \u0001 }\"}")).isEqualTo("BAD_REQUEST: the body is not valid JSON");
    }

    @Test
    void arrays_other_json_and_no_json_are_refused() {
        assertThat(refusal(" [ {\"query\":\"{ a }\"} ]"))
                .isEqualTo("BATCH_NOT_SUPPORTED: the body is a JSON array of requests");
        assertThat(refusal("\"{ a }\"")).isEqualTo("BAD_REQUEST: the body must be a JSON object in UTF-8");
        assertThat(refusal("{ \"not a JSON")).isEqualTo("BAD_REQUEST: the body is not valid JSON");
        assertThat(refusal("{\"query\":\"{ a }\"} {}")).isEqualTo("BAD_REQUEST: the body must be one JSON object");
        assertThat(refusal("   ")).isEqualTo("BAD_REQUEST: the body must be a JSON object in UTF-8");
        assertThat(RequestScan.scan(new byte[0]).refusal().detail()).isEqualTo("the request body is empty");
    }

    @Test
    void a_byte_order_mark_or_utf16_is_refused_as_smallrye_reads_utf8() {
        assertThat(refusal("\uFEFF{\"query\":\"{ a }\"}"))
                .isEqualTo("BAD_REQUEST: the body must be a JSON object in UTF-8");
        RequestScan.Result utf16 = RequestScan.scan("{\"query\":\"{ a }\"}".getBytes(StandardCharsets.UTF_16LE));
        assertThat(utf16.refusal().detail()).isEqualTo("the body must be a JSON object in UTF-8");
    }

    @Test
    void parameters_of_the_wrong_type_or_given_twice_are_refused() {
        assertThat(refusal("{\"query\": 1}")).isEqualTo("BAD_REQUEST: query must be a string");
        assertThat(refusal("{\"query\": \"{ a }\", \"variables\": \"{}\"}"))
                .isEqualTo("BAD_REQUEST: variables must be an object or null");
        assertThat(refusal("{\"query\": \"{ a }\", \"extensions\": []}"))
                .isEqualTo("BAD_REQUEST: extensions must be an object or null");
        assertThat(refusal("{\"query\": \"{ a }\", \"operationName\": false}"))
                .isEqualTo("BAD_REQUEST: operationName must be a string or null");
        assertThat(refusal("{\"query\": \"{ a }\", \"query\": \"mutation { b }\"}"))
                .isEqualTo("BAD_REQUEST: query is given twice");
        assertThat(refusal("{\"variables\": {}}")).isEqualTo("BAD_REQUEST: query is missing");
        assertThat(refusal("{\"query\": \"  \"}")).isEqualTo("BAD_REQUEST: query is missing");
    }

    @Test
    void nesting_beyond_a_thousand_levels_is_refused() {
        String deep = "[".repeat(1_001) + "]".repeat(1_001);
        assertThat(refusal("{\"query\": \"{ a }\", \"variables\": {\"v\": " + deep + "}}"))
                .isEqualTo("BAD_REQUEST: the body is not valid JSON");
    }
}
