package cn.yibao.api.graphql;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Quarkus' default for {@code quarkus.smallrye-graphql.field-visibility} is the word "default",
 * which SmallRye 2.17 turns into a {@code BlockedFields} visibility with the regular expression
 * "default": it blocks no field, but graphql-java matches it against "Type.field" at every field it
 * executes (6 % of the CPU of the portal's page). When the setting is that default, the schema gets
 * graphql-java's own default visibility instead, which is what was meant. Any other setting (e.g.
 * no-introspection, or patterns) is left as SmallRye built it. (Introspection is switched off at
 * the edge, {@code yibao.graphql.introspection}, not here.) One of the {@link SchemaRewrites}.
 */
final class DefaultFieldVisibility implements CodeRegistryRewrite {

    @Override
    public void rewrite(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        if (isDefault()) {
            registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
    }

    static boolean isDefault() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class)
                .map(v -> v.isBlank() || v.equals("default"))
                .orElse(true);
    }
}
