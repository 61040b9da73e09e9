package cn.yibao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.yibao.api.support.ConsoleLog;
import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The service as production runs it (profile prod, against the test database, with test keys):
 * JSON logs, no tracing unless configured, and operation names that clients cannot multiply. A
 * fresh service, so the first 50 operation names are still free.
 */
@QuarkusTest
@TestProfile(ProdProfileTest.Prod.class)
class ProdProfileTest {

    public static class Prod implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String db =
                    System.getenv().getOrDefault("YIBAO_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/yibao_test");
            return Map.of(
                    "quarkus.datasource.jdbc.url", db,
                    "yibao.pii.encryption-key", "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=",
                    "yibao.pii.hash-key", "dGVzdC1vbmx5LWhhc2hpbmcta2V5LTMyLWJ5dGVzISE=",
                    "mp.jwt.verify.publickey.location", "dev/jwt/public.pem",
                    "mp.jwt.verify.issuer", "yibao-dev");
        }
    }

    static final int MAX_NAMES = 50;
    static final String OPERATIONS = "yibao_graphql_operations_seconds_count";

    @Inject
    Vertx vertx;

    @Test
    void each_log_record_is_one_json_object() {
        String line = ConsoleLog.format("接口已启动 started");
        JsonPath json = JsonPath.from(line);
        assertThat(line.trim()).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(json.getString("message")).isEqualTo("接口已启动 started");
        assertThat(json.getString("level")).isEqualTo("INFO");
        assertThat(json.getString("loggerName")).isEqualTo("cn.yibao");
    }

    @Test
    void tracing_is_off_unless_configured_so_requests_get_no_tracer() {
        assumeTrue(System.getenv("YIBAO_TRACING_DISABLED") == null, "YIBAO_TRACING_DISABLED is set");
        assertThat(((VertxInternal) vertx).tracer()).isNull();
    }

    @Test
    void invented_operation_names_get_no_series_of_their_own_after_the_first_fifty() {
        Scrape before = Scrape.now();
        int free = MAX_NAMES - names(before).size();
        int sent = free + 25;
        for (int i = 0; i < sent; i++) {
            String name = "Invented" + i + "_" + System.nanoTime();
            GraphQL.post(
                    "{\"query\":\"query " + name + " { policyYears { year } }\",\"operationName\":\"" + name + "\"}",
                    null);
        }
        String tooLong = "L".repeat(65);
        GraphQL.post("{\"query\":\"query " + tooLong + " { policyYears { year } }\"}", null);
        GraphQL.post(
                "{\"query\":\"query Real { policyYears { year } }\",\"operationName\":\"NotInTheDocument\"}", null);
        Scrape after = Scrape.now();

        assertThat(names(after)).hasSize(MAX_NAMES);
        assertThat(after.since(before, OPERATIONS, "operation", "other", "type", "query", "outcome", "ok"))
                .isEqualByComparingTo(BigDecimal.valueOf(sent - free + 1));
        assertThat(names(after)).doesNotContain(tooLong, "NotInTheDocument");
        assertThat(after.samples(OPERATIONS).stream()
                        .filter(s -> s.labels().get("operation").equals("other")
                                && s.labels().get("type").equals("unknown")))
                .hasSize(1);
    }

    /** The operation names that have a series of their own. */
    private static Set<String> names(Scrape s) {
        Set<String> names = new TreeSet<>();
        s.samples(OPERATIONS).forEach(x -> names.add(x.labels().get("operation")));
        names.removeAll(Set.of("anonymous", "other"));
        return names;
    }
}
