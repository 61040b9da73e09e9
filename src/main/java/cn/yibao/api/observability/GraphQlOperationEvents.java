package cn.yibao.api.observability;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.language.Document;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * SmallRye GraphQL's execution events (registered in META-INF/services, always on), the cheapest
 * hook it offers: called once before and once after each operation with the parsed (cached)
 * document and the result; the per-field events stay no-ops. Feeds {@link GraphQlOperationMetrics}
 * and, when tracing is on, puts the operation's bounded name, type and outcome on the request's
 * HTTP span (tracing off: {@code Span.current()} is the invalid span and nothing is set).
 */
public class GraphQlOperationEvents implements EventingService {

    private static final String IN_FLIGHT = GraphQlOperationEvents.class.getName();

    /** An operation under way, kept in its GraphQL context between the two events. */
    private record InFlight(GraphQlOperationMetrics.Started started, Span span) {}

    private volatile GraphQlOperationMetrics metrics;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeExecute(Context context) {
        ExecutionInput input = context.unwrap(ExecutionInput.class);
        if (input == null) {
            return;
        }
        GraphQlOperationMetrics.Started started = metrics()
                .start(
                        context.unwrap(Document.class),
                        context.getOperationName().orElse(null),
                        System.nanoTime());
        Span span = Span.current();
        if (span.isRecording()) {
            span.setAttribute("graphql.operation.name", started.operation());
            span.setAttribute("graphql.operation.type", started.type());
        }
        input.getGraphQLContext().put(IN_FLIGHT, new InFlight(started, span));
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        finish(context, GraphQlOperationMetrics.outcome(result == null ? null : result.getErrors()));
    }

    @Override
    public void errorExecute(Context context, Throwable t) {
        finish(context, GraphQlOperationMetrics.INTERNAL_ERROR);
    }

    private void finish(Context context, String outcome) {
        ExecutionInput input = context.unwrap(ExecutionInput.class);
        InFlight f = input == null ? null : input.getGraphQLContext().get(IN_FLIGHT);
        if (f == null) {
            return;
        }
        input.getGraphQLContext().delete(IN_FLIGHT); // counted once, even if both events fire
        metrics().finish(f.started(), outcome, System.nanoTime());
        if (f.span().isRecording()) {
            f.span().setAttribute("yibao.graphql.outcome", outcome);
            if (!GraphQlOperationMetrics.OK.equals(outcome)) {
                f.span().setStatus(StatusCode.ERROR, outcome);
            }
        }
    }

    private GraphQlOperationMetrics metrics() {
        GraphQlOperationMetrics m = metrics;
        if (m == null) {
            m = Arc.container().instance(GraphQlOperationMetrics.class).get();
            metrics = m;
        }
        return m;
    }
}
