package cn.yibao.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the operations of graphql/examples (document + variables, {{name}} placeholders filled in)
 * against the running test service, and returns the JSON response.
 */
public final class GraphQL {

    private GraphQL() {}

    public static JsonPath exampleAs(String token, String name, Map<String, String> values) {
        return postAs(token, exampleBody(name, values), null);
    }

    /** The request body of an example operation, placeholders filled in (also sent by the ITs). */
    public static String exampleBody(String name, Map<String, String> values) {
        String document = read("graphql/examples/" + name + ".graphql");
        String variables = read("graphql/examples/" + name + ".variables.json");
        for (Map.Entry<String, String> v : values.entrySet()) {
            variables = variables.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        if (variables.contains("{{")) {
            throw new IllegalArgumentException(name + ": unfilled placeholder in " + variables);
        }
        return "{\"query\": " + quote(document) + ", \"variables\": " + variables + "}";
    }

    public static JsonPath example(String name, Map<String, String> values) {
        return exampleAs(Tokens.office(), name, values);
    }

    /** A request with the default caller's bearer token (an officer of every region). */
    public static RequestSpecification authorized() {
        return as(Tokens.office());
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A document with variables (name, value pairs) sent with {@code token} (null: no token); expects 200. */
    public static ValidatableResponse callAs(String token, String document, Object... variables) {
        Map<String, Object> vars = new java.util.HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        return (token == null ? given() : as(token))
                .contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", vars))
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    public static JsonPath post(String body, String acceptLanguage) {
        return postAs(Tokens.office(), body, acceptLanguage);
    }

    public static JsonPath postAs(String token, String body, String acceptLanguage) {
        var request = (token == null ? given() : as(token))
                .contentType(ContentType.JSON)
                .body(body);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> {}
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
