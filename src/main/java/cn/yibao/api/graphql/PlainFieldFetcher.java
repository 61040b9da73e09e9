package cn.yibao.api.graphql;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jboss.logging.Logger;

/**
 * A field's value read straight from its record component (or public field), as graphql-java's
 * own property fetcher does, then transformed as SmallRye's own field fetcher would when the field
 * needs it (a date to its ISO text, an adapter); see {@link PlainFieldFetchers}.
 */
final class PlainFieldFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private static final Logger LOG = Logger.getLogger(PlainFieldFetcher.class);
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final Field field;
    private final Reference owner;
    /** SmallRye's transformation of the value; null when the value goes out as it is. */
    private final FieldHelper transformation;
    // Resolved on first use, as SmallRye does: the owner class is loaded by the application's class
    // loader, which is not yet the context class loader when the schema is bootstrapped.
    private volatile MethodHandle getter;

    PlainFieldFetcher(Field field, Reference owner, boolean transformed) {
        this.field = field;
        this.owner = owner;
        this.transformation = transformed ? new FieldHelper(field) : null;
    }

    /** Whether the value is transformed (SmallRye's rules) before graphql-java sees it. */
    boolean transforms() {
        return transformation != null;
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
        Object value;
        try {
            value = g.invokeExact(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new GraphQLException(t);
        }
        if (transformation == null) {
            return (T) value;
        }
        try {
            return (T) transformation.transformOrAdaptResponse(value, dfe);
        } catch (AbstractDataFetcherException e) {
            // what SmallRye's FieldDataFetcher does: log it, hand graphql-java the value untransformed
            LOG.warnf("field %s.%s not transformed (%s)", owner.getName(), field.getName(), e.getClass());
            return (T) value;
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
