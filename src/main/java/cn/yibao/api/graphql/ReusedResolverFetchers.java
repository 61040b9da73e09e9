package cn.yibao.api.graphql;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resolver fetchers Quarkus would create (its {@code QuarkusDataFetcherService}), created once
 * per operation and type instead of once per request. SmallRye builds a batch loader for every
 * {@code @Source List} resolver of the schema on every request, each a new fetcher that looks its
 * method up again (4 % of the service's CPU on the mini-program query). A fetcher holds no state
 * of a request: graphql-java already calls the one of the code registry from all requests at once.
 * Resolvers returning Uni or CompletionStage are left to Quarkus' service. Registered in
 * META-INF/services.
 */
public final class ReusedResolverFetchers implements DataFetcherService {

    /** Asked before Quarkus' service (priority 1); SmallRye sorts ascending. */
    static final int PRIORITY = 0;

    private record Key(Operation operation, Type type) {
        // SmallRye's model objects live as long as the schema: identity is enough and cheapest
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.operation == operation && k.type == type;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(operation) * 31 + System.identityHashCode(type);
        }
    }

    private final Map<Key, PlugableBatchableDataFetcher<?, ?>> fetchers = new ConcurrentHashMap<>();

    @Override
    public Integer getPriority() {
        return PRIORITY;
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getDefaultDataFetcher(Operation operation, Type type) {
        return fetchers.computeIfAbsent(
                new Key(operation, type), k -> new QuarkusDefaultDataFetcher<>(operation, type));
    }
}
