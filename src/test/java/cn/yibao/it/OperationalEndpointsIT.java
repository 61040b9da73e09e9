package cn.yibao.it;

import static cn.yibao.it.PackagedService.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What operations and client developers reach on the packaged service, besides queries. */
@QuarkusIntegrationTest
class OperationalEndpointsIT {

    @Test
    void liveness_is_up_and_readiness_is_up_with_the_database_checked() {
        get("/q/health/live").statusCode(200).body("status", equalTo("UP"));
        get("/q/health/ready")
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void graphiql_answers_at_q_graphql_ui() {
        get("/q/graphql-ui/")
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("GraphiQL"));
    }

    @Test
    void the_packaged_service_serves_the_checked_in_schema() throws IOException {
        String served = get("/graphql/schema.graphql").statusCode(200).extract().asString();
        assertThat(served)
                .as("the packaged service's schema against graphql/schema.graphql (SchemaTest regenerates it)")
                .isEqualTo(Files.readString(Path.of("graphql/schema.graphql"), StandardCharsets.UTF_8));
    }
}
