package cn.yibao.api.http;

import cn.yibao.policy.common.ErrorCode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Checks that a POST body is one GraphQL request: a JSON object in UTF-8 with a string
 * {@code query}, {@code variables} and {@code extensions} objects (or null) and a string
 * {@code operationName} (or null), each at most once. A streaming scan that builds no objects —
 * SmallRye parses the body afterwards and would answer a JSON array or malformed JSON with status
 * 200 and a wrong variables type with a 500. As SmallRye does, raw tabs and line feeds count as
 * spaces (so a query may contain raw line breaks), and the scan accepts exactly what it parses.
 */
final class RequestScan {

    private static final JsonFactory JSON = new JsonFactory();

    /** The request's query, or why the body is refused. */
    record Result(String query, Refusal refusal) {}

    private RequestScan() {}

    /** body: the request's bytes, changed in place (tabs and line feeds become spaces). */
    static Result scan(byte[] body) {
        if (body == null || body.length == 0) {
            return refused("the request body is empty");
        }
        int start = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n' || body[i] == '\t') {
                body[i] = ' ';
            }
        }
        while (start < body.length && (body[start] == ' ' || body[start] == '\r')) {
            start++;
        }
        if (start < body.length && body[start] == '[') {
            return new Result(
                    null,
                    new Refusal(ErrorCode.BATCH_NOT_SUPPORTED, "http.batch", "the body is a JSON array of requests"));
        }
        // a byte-order mark or UTF-16 would be decoded by the scan but not by SmallRye
        if (start == body.length || body[start] != '{' || (start + 1 < body.length && body[start + 1] == 0)) {
            return refused("the body must be a JSON object in UTF-8");
        }
        try (JsonParser p = JSON.createParser(body)) {
            p.nextToken();
            String query = null;
            int seen = 0;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                int bit =
                        switch (name) {
                            case "query" -> 1;
                            case "operationName" -> 2;
                            case "variables" -> 4;
                            case "extensions" -> 8;
                            default -> 0;
                        };
                if ((seen & bit) != 0) {
                    return refused(name + " is given twice");
                }
                seen |= bit;
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
