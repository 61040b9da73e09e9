package cn.yibao;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * application.properties as each profile resolves it, with a made-up environment: JSON logs only
 * in prod, tracing off unless YIBAO_TRACING_DISABLED=false (and never in tests), and a schema that
 * only Flyway changes.
 */
class OperationsConfigTest {

    private static final URL PROPERTIES = OperationsConfigTest.class.getResource("/application.properties");

    private static SmallRyeConfig config(String profile, Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(PROPERTIES, 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
    }

    private static boolean flag(SmallRyeConfig c, String key) {
        return c.getValue(key, Boolean.class);
    }

    @Test
    void prod_logs_json_and_dev_and_test_log_plain_text() throws IOException {
        assertThat(flag(config("prod", Map.of()), "quarkus.log.console.json.enabled"))
                .isTrue();
        assertThat(flag(config("dev", Map.of()), "quarkus.log.console.json.enabled"))
                .isFalse();
        assertThat(flag(config("test", Map.of()), "quarkus.log.console.json.enabled"))
                .isFalse();
    }

    @Test
    void tracing_is_off_in_prod_until_the_environment_turns_it_on_with_its_collector() throws IOException {
        SmallRyeConfig off = config("prod", Map.of());
        assertThat(flag(off, "quarkus.otel.sdk.disabled")).isTrue();

        SmallRyeConfig on = config(
                "prod",
                Map.of("YIBAO_TRACING_DISABLED", "false", "YIBAO_OTLP_ENDPOINT", "http://collector.internal:4317"));
        assertThat(flag(on, "quarkus.otel.sdk.disabled")).isFalse();
        assertThat(on.getValue("quarkus.otel.exporter.otlp.endpoint", String.class))
                .isEqualTo("http://collector.internal:4317");
        assertThat(on.getValue("quarkus.otel.traces.sampler.arg", Double.class)).isEqualTo(1.0);
        assertThat(flag(on, "quarkus.datasource.jdbc.telemetry")).isFalse();
    }

    @Test
    void tests_never_trace_whatever_the_environment_says() throws IOException {
        assertThat(flag(config("test", Map.of("YIBAO_TRACING_DISABLED", "false")), "quarkus.otel.sdk.disabled"))
                .isTrue();
    }

    @Test
    void every_profile_migrates_with_flyway_and_only_validates_the_schema() throws IOException {
        for (String profile : List.of("dev", "test", "prod")) {
            SmallRyeConfig c = config(profile, Map.of());
            assertThat(c.getValue("quarkus.hibernate-orm.schema-management.strategy", String.class))
                    .as(profile)
                    .isEqualTo("validate");
            assertThat(flag(c, "quarkus.flyway.migrate-at-start")).as(profile).isTrue();
        }
        Properties raw = new Properties();
        try (InputStream in = PROPERTIES.openStream()) {
            raw.load(in);
        }
        assertThat(raw.stringPropertyNames())
                .filteredOn(k -> k.contains("database.generation") || k.contains("schema-management.strategy"))
                .containsExactly("quarkus.hibernate-orm.schema-management.strategy");
    }
}
