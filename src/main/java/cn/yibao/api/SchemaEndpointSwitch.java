package cn.yibao.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Switches the schema endpoint off at run time ({@code yibao.schema-endpoint.enabled}, env
 * YIBAO_SCHEMA_ENDPOINT): SmallRye's own switch is fixed when the package is built.
 */
@ApplicationScoped
public class SchemaEndpointSwitch {

    static final String PATH = "/graphql/schema.graphql";

    @ConfigProperty(name = "yibao.schema-endpoint.enabled", defaultValue = "true")
    boolean enabled;

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    // with trailing slashes too: the schema route matches them
                    if (!enabled && PATH.equals(rc.normalizedPath().replaceAll("/+$", ""))) {
                        rc.response().setStatusCode(404).end();
                        return;
                    }
                    rc.next();
                },
                100);
    }
}
