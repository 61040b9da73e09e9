package cn.yibao.api.graphql;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Quarkus' default for {@code quarkus.smallrye-graphql.field-visibility} is the word "default",
 * which SmallRye 2.17 turns into a {@code BlockedFields} visibility with the regular expression
 * "default": it blocks no field, but graphql-java matches it against "Type.field" at every field it
 * executes (6 % of the CPU of the portal's page). When the setting is that default, the schema gets
 * graphql-java's own default visibility instead, which is what was meant. Any other setting (e.g.
 * no-introspection, or patterns) is left as SmallRye built it. (Introspection is switched off at
 * the edge, {@code yibao.graphql.introspection}, not here.) Registered in META-INF/services as a
 * SmallRye EventingService.
 */
public final class DefaultFieldVisibility implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        if (!isDefault()) {
            return builder;
        }
        GraphQLSchema schema = builder.build();
        return GraphQLSchema.newSchema(schema)
                .codeRegistry(schema.getCodeRegistry()
                        .transform(r -> r.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
    }

    static boolean isDefault() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class)
                .map(v -> v.isBlank() || v.equals("default"))
                .orElse(true);
    }
}
