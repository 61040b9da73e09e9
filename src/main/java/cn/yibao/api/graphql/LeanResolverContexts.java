package cn.yibao.api.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;
import java.util.stream.Stream;

/**
 * Hands the top-level resolvers (queries and mutations) to SmallRye with a {@link
 * LeanEnvironment}. For each resolver SmallRye copies the field's whole selection set into
 * its request context as JSON, twice (once with source fields); for {@code person} that is the
 * whole mini-program query, about a tenth of the service's CPU per request. Nothing reads that
 * copy: our look-ahead reads the query's syntax ({@link LookAhead}). Registered in
 * META-INF/services as a SmallRye EventingService: it rewrites the code registry just before the
 * schema is built.
 */
public final class LeanResolverContexts implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry()
                .transform(r -> Stream.of(schema.getQueryType(), schema.getMutationType())
                        .filter(t -> t != null)
                        .forEach(type -> {
                            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                                FieldCoordinates at = FieldCoordinates.coordinates(type, field);
                                r.dataFetcher(at, new LeanFetcher(r.getDataFetcher(at, field)));
                            }
                        }));
        return GraphQLSchema.newSchema(schema).codeRegistry(registry);
    }

    /** SmallRye's resolver, called with the lean environment. */
    record LeanFetcher(DataFetcher<?> resolver) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return resolver.get(new LeanEnvironment(env));
        }
    }
}
