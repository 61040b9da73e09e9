package cn.yibao.api.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import java.util.stream.Stream;

/**
 * Hands the top-level resolvers (queries and mutations) to SmallRye with a {@link
 * LeanEnvironment}. For each resolver SmallRye copies the field's whole selection set into
 * its request context as JSON, twice (once with source fields); for {@code person} that is the
 * whole mini-program query, about a tenth of the service's CPU per request. Nothing reads that
 * copy: our look-ahead reads the query's syntax ({@link LookAhead}). One of the {@link
 * SchemaRewrites}.
 */
final class LeanResolverContexts implements CodeRegistryRewrite {

    @Override
    public void rewrite(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        Stream.of(schema.getQueryType(), schema.getMutationType())
                .filter(type -> type != null)
                .forEach(type -> {
                    for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                        FieldCoordinates at = FieldCoordinates.coordinates(type, field);
                        registry.dataFetcher(at, new LeanFetcher(registry.getDataFetcher(at, field)));
                    }
                });
    }

    /** SmallRye's resolver, called with the lean environment. */
    record LeanFetcher(DataFetcher<?> resolver) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return resolver.get(new LeanEnvironment(env));
        }
    }
}
