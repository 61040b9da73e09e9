package cn.yibao.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** GraphiQL and introspection are on for development (bin/run) and off in production unless switched on. */
class ProductionDefaultsTest {

    private static SmallRyeConfig profile(String profile) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties")
                        .toUri()
                        .toURL()))
                .build();
    }

    @Test
    void production_serves_neither_graphiql_nor_introspection_nor_the_schema_file() throws IOException {
        SmallRyeConfig prod = profile("prod");
        assertThat(prod.getValue("yibao.schema-endpoint.enabled", Boolean.class))
                .isFalse();
        assertThat(prod.getValue("yibao.graphql.introspection", Boolean.class)).isFalse();
        assertThat(prod.getValue("quarkus.smallrye-graphql.ui.enabled", Boolean.class))
                .isFalse();
    }

    @Test
    void development_serves_all_three() throws IOException {
        SmallRyeConfig dev = profile("dev");
        assertThat(dev.getValue("yibao.schema-endpoint.enabled", Boolean.class)).isTrue();
        assertThat(dev.getValue("yibao.graphql.introspection", Boolean.class)).isTrue();
        assertThat(dev.getValue("quarkus.smallrye-graphql.ui.enabled", Boolean.class))
                .isTrue();
    }
}
