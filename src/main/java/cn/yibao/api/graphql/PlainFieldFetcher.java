package cn.yibao.api.graphql;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A field's value read straight from its record component (or public field), as graphql-java's
 * own property fetcher does; see {@link PlainFieldFetchers} for when it is used.
 */
final class PlainFieldFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final Field field;
    private final Reference owner;
    // Resolved on first use, as SmallRye does: the owner class is loaded by the application's class
    // loader, which is not yet the context class loader when the schema is bootstrapped.
    private volatile MethodHandle getter;

    PlainFieldFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment dfe) throws Exception {
        Object source = dfe.getSource();
        if (source == null) {
            return null;
        }
        MethodHandle g = getter;
        if (g == null) {
            g = getter = resolve();
        }
        try {
            return (T) g.invokeExact(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new GraphQLException(t);
        }
    }

    private MethodHandle resolve() {
        try {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle h = field.getMethodName() == null
                    ? lookup.unreflectGetter(type.getField(field.getPropertyName()))
                    : lookup.unreflect(type.getMethod(field.getMethodName()));
            return h.asType(GETTER);
        } catch (ReflectiveOperationException e) {
            throw new GraphQLException("No accessor for " + owner.getClassName() + "." + field.getName(), e);
        }
    }
}
