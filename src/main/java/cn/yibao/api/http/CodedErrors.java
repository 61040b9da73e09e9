package cn.yibao.api.http;

import cn.yibao.api.errors.ApiError;
import cn.yibao.api.errors.ErrorMessages;
import cn.yibao.policy.common.ErrorCode;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every error graphql-java reports without a code one ({@code extensions.code}): validation
 * errors (GRAPHQL_VALIDATION_FAILED), variables that do not coerce (BAD_USER_INPUT), anything else
 * (INTERNAL_ERROR). Errors of resolvers keep SmallRye's rendering when ApiError gave them a code of
 * ours; any other (an unexpected exception, which SmallRye codes after its class) is INTERNAL_ERROR. A
 * response without data is a request error: noted for {@link GraphQLHttpGate}, which answers it
 * with 400 to a client that accepts application/graphql-response+json. Loaded by SmallRye through
 * the ServiceLoader (META-INF/services); always on.
 */
public class CodedErrors implements EventingService {

    /** Vert.x context local: the execution produced no data (a request error). */
    static final String REQUEST_ERROR = "yibao.graphql.request-error";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        if (!(context instanceof SmallRyeContext c)) {
            return;
        }
        ExecutionResult result = c.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors().isEmpty()) {
            return;
        }
        if (!result.isDataPresent() && VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(REQUEST_ERROR, Boolean.TRUE);
        }
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        boolean changed = false;
        for (GraphQLError e : result.getErrors()) {
            if (hasOwnCode(e) || (e instanceof GraphQLExceptionWhileDataFetching f && isApiError(f.getException()))) {
                errors.add(e);
            } else {
                errors.add(coded(e, english(c)));
                changed = true;
            }
        }
        if (changed) {
            c.setExecutionResult(result.transform(b -> b.errors(errors)));
        }
    }

    private static boolean hasCode(GraphQLError e) {
        return e.getExtensions() != null && e.getExtensions().get("code") != null;
    }

    /**
     * A code of ours (ErrorCode). SmallRye names an unexpected exception's code after its class
     * ("null-pointer"): that is no code of ours, and says too much; it becomes INTERNAL_ERROR.
     */
    private static boolean hasOwnCode(GraphQLError e) {
        return hasCode(e) && OWN_CODES.contains(String.valueOf(e.getExtensions().get("code")));
    }

    /** A refusal of ours (SmallRye renders its code); anything else thrown by a resolver is a failure. */
    private static boolean isApiError(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof ApiError) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> OWN_CODES = java.util.Arrays.stream(ErrorCode.values())
            .map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static GraphQLError coded(GraphQLError e, boolean english) {
        ErrorCode code;
        String rule;
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (e instanceof ValidationError v) {
            code = ErrorCode.GRAPHQL_VALIDATION_FAILED;
            rule = "graphql.validation";
            extensions.put("validationErrorType", String.valueOf(v.getValidationErrorType()));
        } else if (e.getErrorType() == ErrorType.ValidationError) {
            code = ErrorCode.BAD_USER_INPUT; // a variable's value does not fit its type
            rule = "graphql.variables";
        } else if (e.getErrorType() == ErrorType.InvalidSyntax) {
            code = ErrorCode.GRAPHQL_PARSE_FAILED;
            rule = "graphql.syntax";
        } else if (e.getErrorType() == ErrorType.ExecutionAborted) {
            code = ErrorCode.QUERY_TOO_COMPLEX;
            rule = "graphql.aborted";
        } else if (e.getErrorType() == ErrorType.OperationNotSupported) {
            code = ErrorCode.BAD_REQUEST;
            rule = "graphql.operation";
        } else {
            code = ErrorCode.INTERNAL_ERROR;
            rule = "graphql.execution";
        }
        extensions.put("code", code.name());
        extensions.put("rule", rule);
        String detail = code == ErrorCode.INTERNAL_ERROR ? null : e.getMessage();
        return GraphqlErrorBuilder.newError()
                .message(ErrorMessages.message(code, detail, english))
                .locations(e.getLocations())
                .path(e.getPath())
                .errorType(e.getErrorType())
                .extensions(extensions)
                .build();
    }

    private static boolean english(SmallRyeContext c) {
        var input = c.getExecutionInput();
        Object headers = input == null ? null : input.getGraphQLContext().get("httpHeaders");
        if (headers instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> h : map.entrySet()) {
                if ("accept-language".equalsIgnoreCase(String.valueOf(h.getKey()))
                        && h.getValue() instanceof List<?> values
                        && !values.isEmpty()) {
                    return ErrorMessages.english(String.valueOf(values.get(0)));
                }
            }
        }
        return false;
    }
}
