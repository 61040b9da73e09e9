package cn.yibao.api.graphql;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;

/**
 * Our changes to the schema's code registry, applied in one pass just before SmallRye builds the
 * schema (building it once for all of them, not once each: start-up time). Registered in
 * META-INF/services as a SmallRye EventingService.
 */
public final class SchemaRewrites implements EventingService {

    static final List<CodeRegistryRewrite> REWRITES =
            List.of(new DefaultFieldVisibility(), new ReadAheadFields(), new LeanResolverContexts());

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry =
                schema.getCodeRegistry().transform(r -> REWRITES.forEach(w -> w.rewrite(schema, r)));
        return GraphQLSchema.newSchema(schema).codeRegistry(registry);
    }
}
