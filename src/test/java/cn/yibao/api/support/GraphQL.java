package cn.yibao.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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

    public static JsonPath example(String name, Map<String, String> values) {
        return post(exampleBody(name, values), null);
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

    public static JsonPath post(String body, String acceptLanguage) {
        var request = given().contentType(ContentType.JSON).body(body);
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
