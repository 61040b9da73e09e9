package cn.yibao.api.http;

import cn.yibao.policy.common.ErrorCode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;

/**
 * Checks that a POST body is one GraphQL request: a JSON object with a string {@code query},
 * {@code variables} and {@code extensions} objects (or null) and a string {@code operationName}
 * (or null). A streaming scan that builds no objects — SmallRye parses the body afterwards and
 * would answer a JSON array or malformed JSON with status 200 and a wrong variables type with a
 * 500. Raw tabs and line breaks inside strings are accepted, as SmallRye accepts them.
 */
final class RequestScan {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /** The request's query, or why the body is refused. */
    record Result(String query, Refusal refusal) {}

    private RequestScan() {}

    static Result scan(byte[] body) {
        if (body == null || body.length == 0) {
            return refused("the request body is empty");
        }
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                return new Result(
                        null,
                        new Refusal(
                                ErrorCode.BATCH_NOT_SUPPORTED, "http.batch", "the body is a JSON array of requests"));
            }
            if (t != JsonToken.START_OBJECT) {
                return refused("the body must be a JSON object");
            }
            String query = null;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "query" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            return refused("query must be a string");
                        }
                        query = p.getText();
                    }
                    case "operationName" -> {
                        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                            return refused("operationName must be a string or null");
                        }
                    }
                    case "variables", "extensions" -> {
                        if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
                            return refused(name + " must be an object or null");
                        }
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return refused("the body must be one JSON object");
            }
            if (query == null || query.isBlank()) {
                return refused("query is missing");
            }
            return new Result(query, null);
        } catch (IOException notJson) {
            return refused("the body is not valid JSON");
        }
    }

    private static Result refused(String detail) {
        return new Result(null, new Refusal(ErrorCode.BAD_REQUEST, "http.body", detail));
    }
}
