package cn.yibao.api.observability;

import cn.yibao.policy.common.ErrorCode;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@code yibao_graphql_operations_seconds{operation, type, outcome}}: one timer per GraphQL
 * operation name (bounded by {@link OperationNames}), operation type (query, mutation,
 * subscription, or unknown when the request names no operation of its document) and outcome
 * ({@code ok}, the {@code extensions.code} of the first error, GRAPHQL_VALIDATION_FAILED for a
 * request the schema rejects, INTERNAL_ERROR otherwise). Fed by {@link GraphQlOperationEvents}.
 */
@ApplicationScoped
@Unremovable // looked up by GraphQlOperationEvents, which SmallRye GraphQL creates, not CDI
public class GraphQlOperationMetrics {

    static final String NAME = "yibao.graphql.operations";
    static final String OK = "ok";
    static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private static final Set<String> CODES =
            EnumSet.allOf(ErrorCode.class).stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /** Buckets around the mini-program's target (p99 ≤ 10 ms): few, to keep the series count small. */
    private static final Duration[] SLOS = {
        Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1)
    };

    /** An operation under way: its tags so far and when it started. */
    record Started(String operation, String type, long startNanos) {}

    private record Key(String operation, String type, String outcome) {}

    private final MeterRegistry registry;
    private final OperationNames names = new OperationNames();
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    GraphQlOperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code requestedName}: the request's operationName, if any; the document tells the rest. */
    Started start(Document document, String requestedName, long startNanos) {
        OperationDefinition op = selected(document, requestedName);
        if (op == null) {
            return new Started(OperationNames.OTHER, "unknown", startNanos);
        }
        return new Started(names.tag(op.getName()), op.getOperation().name().toLowerCase(Locale.ROOT), startNanos);
    }

    void finish(Started s, String outcome, long endNanos) {
        timers.computeIfAbsent(new Key(s.operation(), s.type(), outcome), this::timer)
                .record(Duration.ofNanos(endNanos - s.startNanos()));
    }

    static String outcome(List<GraphQLError> errors) {
        if (errors == null || errors.isEmpty()) {
            return OK;
        }
        GraphQLError first = errors.get(0);
        Map<String, Object> extensions = first.getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        if (code instanceof String c && CODES.contains(c)) {
            return c;
        }
        return first.getErrorType() == ErrorType.ValidationError ? VALIDATION_FAILED : INTERNAL_ERROR;
    }

    /** The operation the request executes: the one it names, or the document's only one. */
    private static OperationDefinition selected(Document document, String requestedName) {
        if (document == null) {
            return null;
        }
        List<OperationDefinition> ops = document.getDefinitionsOfType(OperationDefinition.class);
        if (requestedName == null) {
            return ops.size() == 1 ? ops.get(0) : null;
        }
        for (OperationDefinition op : ops) {
            if (requestedName.equals(op.getName())) {
                return op;
            }
        }
        return null;
    }

    private Timer timer(Key k) {
        return Timer.builder(NAME)
                .description("GraphQL operations by name, type and outcome")
                .tags("operation", k.operation(), "type", k.type(), "outcome", k.outcome())
                .serviceLevelObjectives(SLOS)
                .register(registry);
    }
}
