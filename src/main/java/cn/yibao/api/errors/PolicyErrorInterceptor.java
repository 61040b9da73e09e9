package cn.yibao.api.errors;

import cn.yibao.policy.common.PolicyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Turns a {@link PolicyException} into an {@link ApiError} in the caller's language (Accept-Language). */
@TranslatePolicyErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
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
        }
    }

    private boolean english() {
        try {
            return ErrorMessages.english(request.get().getHeader("Accept-Language"));
        } catch (RuntimeException noRequest) {
            return false;
        }
    }
}
