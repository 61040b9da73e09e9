package cn.yibao.api.errors;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Turns a {@link PolicyException} into an {@link ApiError} in the caller's language (Accept-Language),
 * and the role checks' refusals into UNAUTHENTICATED / FORBIDDEN. It runs first (PLATFORM_BEFORE)
 * so that it wraps Quarkus' own {@code @RolesAllowed} interceptor.
 */
@TranslatePolicyErrors
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class PolicyErrorInterceptor {

    private final Instance<HttpServerRequest> request;

    PolicyErrorInterceptor(Instance<HttpServerRequest> request) {
        this.request = request;
    }

    @AroundInvoke
    Object translate(InvocationContext ctx) throws Exception {
        try {
            return ctx.proceed();
        } catch (PolicyException e) {
            throw new ApiError(e.code().name(), e.ruleId(), ErrorMessages.message(e.code(), e.getMessage(), english()));
        } catch (UnauthorizedException e) {
            throw refusal(ErrorCode.UNAUTHENTICATED, "a bearer token is required");
        } catch (ForbiddenException e) {
            throw refusal(ErrorCode.FORBIDDEN, "this operation is not open to the caller's role");
        }
    }

    private ApiError refusal(ErrorCode code, String detail) {
        return new ApiError(code.name(), "auth.role", ErrorMessages.message(code, detail, english()));
    }

    private boolean english() {
        try {
            return ErrorMessages.english(request.get().getHeader("Accept-Language"));
        } catch (RuntimeException noRequest) {
            return false;
        }
    }
}
