package cn.yibao.api.errors;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * A refused request as the client sees it: a message in the caller's language and
 * {@code extensions.code}. Listed in {@code show-runtime-exception-message} so its message is shown.
 */
public class ApiError extends RuntimeException implements GraphQLError {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String rule;

    public ApiError(String code, String rule, String message) {
        super(message, null, false, false);
        this.code = code;
        this.rule = rule;
    }

    public String code() {
        return code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return rule == null ? Map.of("code", code) : Map.of("code", code, "rule", rule);
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
