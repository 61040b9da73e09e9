package cn.yibao.api.graphql;

import cn.yibao.api.types.PersonView;
import cn.yibao.api.types.ReadAhead;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Serves {@code Person.enrollments} and {@code Person.claims} from the lists a top-level query read
 * with the person ({@link PersonView#readAhead()}), and hands every other person to the batch
 * resolver SmallRye registered. Through SmallRye, each of these fields cost a data-loader round,
 * its context built twice per person with the subtree's selection as JSON, and the resolver's
 * interceptors: a sixth of the mini-program query's CPU, and per person on the portal's page.
 *
 * <p>No check is skipped: the lists are only ever attached by {@code person} and {@code persons},
 * which checked the caller's access to each person and audited the read in this same request, and
 * which admit the same roles as these two fields (ReadAheadFieldsTest compares them).
 * One of the {@link SchemaRewrites}.
 */
final class ReadAheadFields implements CodeRegistryRewrite {

    static final Map<String, Function<ReadAhead, List<?>>> FIELDS =
            Map.of("enrollments", ReadAhead::enrollments, "claims", ReadAhead::claims);

    @Override
    public void rewrite(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        GraphQLObjectType person = schema.getObjectType("Person");
        if (person == null) {
            return;
        }
        FIELDS.forEach((name, list) -> {
            FieldCoordinates field = FieldCoordinates.coordinates(person, person.getFieldDefinition(name));
            DataFetcher<?> resolver = registry.getDataFetcher(field, person.getFieldDefinition(name));
            registry.dataFetcher(field, new ReadAheadFetcher(resolver, list));
        });
    }

    /** The read-ahead list when the person has one, else SmallRye's resolver. */
    record ReadAheadFetcher(DataFetcher<?> resolver, Function<ReadAhead, List<?>> list) implements DataFetcher<Object> {

        @Override
        public Object get(graphql.schema.DataFetchingEnvironment env) throws Exception {
            // an argument (none today) would filter what the read-ahead did not: leave it to the resolver
            if (env.getSource() instanceof PersonView p
                    && p.readAhead() != null
                    && env.getArguments().isEmpty()) {
                List<?> read = list.apply(p.readAhead());
                if (read != null) {
                    return read;
                }
            }
            return resolver.get(env);
        }
    }
}
