package cn.yibao.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GraphiQL, introspection and the schema endpoint can be switched off by configuration, the API stays. */
@QuarkusTest
@TestProfile(EndpointsSwitchedOffTest.Off.class)
class EndpointsSwitchedOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "yibao.schema-endpoint.enabled",
                    "false",
                    "quarkus.smallrye-graphql.ui.enabled",
                    "false",
                    "yibao.graphql.introspection",
                    "false");
        }
    }

    @Test
    void the_schema_and_graphiql_answer_404_while_queries_still_work() {
        given().get("/graphql/schema.graphql").then().statusCode(404);
        given().get("/graphql/schema.graphql/").then().statusCode(404);
        given().get("/q/graphql-ui/").then().statusCode(404);
        given().contentType("application/json")
                .body("{\"query\":\"{ policyYears { year } }\"}")
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    @Test
    void introspection_is_refused_with_a_code_while_typename_still_answers() {
        given().contentType("application/json")
                .body("{\"query\":\"{ __schema { types { name } } }\"}")
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"))
                .body("data", nullValue());
        given().contentType("application/json")
                .body("{\"query\":\"{ __type(name: \\\"Person\\\") { name } }\"}")
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
        given().contentType("application/json")
                .body("{\"query\":\"{ __typename }\"}")
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }
}
