package cn.yibao.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GraphiQL and the schema endpoint can be switched off by configuration, the API stays. */
@QuarkusTest
@TestProfile(EndpointsSwitchedOffTest.Off.class)
class EndpointsSwitchedOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yibao.schema-endpoint.enabled", "false", "quarkus.smallrye-graphql.ui.enabled", "false");
        }
    }

    @Test
    void the_schema_and_graphiql_answer_404_while_queries_still_work() {
        given().get("/graphql/schema.graphql").then().statusCode(404);
        given().get("/q/graphql-ui/").then().statusCode(404);
        given().contentType("application/json")
                .body("{\"query\":\"{ policyYears { year } }\"}")
                .post("/graphql")
                .then()
                .statusCode(200);
    }
}
