package cn.yibao.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReusedResolverFetchersTest {

    @Inject
    Schema model;

    @Test
    void oneFetcherPerResolverAndTypeNotOnePerRequest() {
        Type person = model.getTypes().get("Person");
        Operation claims = person.getBatchOperations().get("claims");
        ReusedResolverFetchers fetchers = new ReusedResolverFetchers();

        PlugableBatchableDataFetcher<?, ?> first = fetchers.getDefaultDataFetcher(claims, person);

        assertThat(fetchers.getDefaultDataFetcher(claims, person)).isSameAs(first);
        assertThat(fetchers.getDefaultDataFetcher(claims, null)).isNotSameAs(first);
    }

    @Test
    void smallRyesPerRequestBatchLoaderIsTheReusedFetcher() {
        Type person = model.getTypes().get("Person");
        Operation claims = person.getBatchOperations().get("claims");
        // what ExecutionService does for every @Source List resolver on every request
        DataFetcherFactory factory = new DataFetcherFactory();

        Object first = factory.getSourceBatchLoader(claims, person);

        assertThat(first.getClass().getName()).endsWith("QuarkusDefaultDataFetcher");
        assertThat((Object) factory.getSourceBatchLoader(claims, person)).isSameAs(first);
    }
}
