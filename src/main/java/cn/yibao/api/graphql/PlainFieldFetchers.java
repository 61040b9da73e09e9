package cn.yibao.api.graphql;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Reads the fields of our view records without SmallRye's per-field context. SmallRye's own
 * {@code FieldDataFetcher} clones its request context for every field it reads and builds that
 * field's selection set twice as JSON (about a tenth of the CPU of the mini-program query, which
 * reads some 200 fields); nothing of ours reads that context below a resolver. A field SmallRye
 * transforms or adapts (a scalar whose Java class is not its GraphQL class, such as a date or a
 * primitive int, {@code @AdaptWith}, {@code @AdaptToScalar}, maps) still goes through SmallRye's
 * own transformation ({@code FieldHelper}), only without the context. Resolvers ({@code @Source}
 * methods, queries, mutations) are not fields here and stay with SmallRye. Registered in
 * META-INF/services.
 */
public final class PlainFieldFetchers implements DataFetcherService {

    /** Asked before Quarkus' service (priority 1); SmallRye sorts ascending. */
    static final int PRIORITY = 0;

    @Override
    public Integer getPriority() {
        return PRIORITY;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PlainFieldFetcher<>(field, owner, !isPlain(field));
    }

    /** True when SmallRye would hand the Java value to graphql-java unchanged. */
    static boolean isPlain(Field field) {
        Reference ref = field.getReference();
        boolean transformed =
                ref.getType() == ReferenceType.SCALAR && !ref.getClassName().equals(ref.getGraphQLClassName());
        boolean adapted = field.isAdaptingWith()
                || ref.isAdaptingWith()
                || field.isAdaptingTo()
                || ref.isAdaptingTo()
                || (field.hasWrapper() && field.getWrapper().isMap());
        return !transformed && !adapted;
    }
}
