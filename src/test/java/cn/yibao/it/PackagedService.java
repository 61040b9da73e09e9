package cn.yibao.it;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * The integration tests' only way to the packaged service (started by @QuarkusIntegrationTest,
 * which points RestAssured at it): every request is built in {@link #request()}, so a header every
 * call needs (an {@code Authorization: Bearer} token) is added there once.
 */
final class PackagedService {

    private PackagedService() {}

    /** Every request acts as the test office (an officer of every region), like the @QuarkusTest tests. */
    static RequestSpecification request() {
        return RestAssured.given().header("Authorization", "Bearer " + Tokens.office());
    }

    static ValidatableResponse get(String path) {
        return request().get(path).then();
    }

    /** POSTs a GraphQL request body to /graphql; GraphQL answers 200 even for errors. */
    static JsonPath graphql(String body) {
        return request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Runs an operation of graphql/examples with its {{placeholders}} filled in. */
    static JsonPath example(String name, Map<String, String> values) {
        return graphql(GraphQL.exampleBody(name, values));
    }
}
