package cn.yibao.api.audit;

import cn.yibao.api.errors.ApiError;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.service.audit.AuditTrail;
import cn.yibao.service.security.Caller;
import cn.yibao.service.security.CurrentCaller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The audit record of every mutation: action {@code mutation:<field>}, the caller, the target and
 * ids of the request ({@link MutationAudit}), and the outcome: OK or the error code.
 *
 * <p>A successful mutation and its record commit together: the resource method runs in a
 * transaction begun here, which the services' {@code @Transactional} methods join, and the record
 * is written at its commit (never one without the other, even if the process dies in between). A
 * refused or failed mutation has rolled back; its record is then written in a transaction of its
 * own. A batch ({@code @Audited(oneTransaction = false)}) commits member by member itself: its
 * record follows in one more transaction (a crash between the two loses that one record; each of
 * the batch's money movements has its own record in its member's transaction).
 *
 * <p>Inside {@code TranslatePolicyErrors} (priority 0) and outside Quarkus' role checks (150), so
 * refusals by role are recorded too (UNAUTHENTICATED, FORBIDDEN); arguments that never reach the
 * method (GraphQL validation) are not recorded.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuditedMutationInterceptor {

    private static final Logger LOG = Logger.getLogger(AuditedMutationInterceptor.class);
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private final AuditTrail trail;
    private final CurrentCaller callers;

    AuditedMutationInterceptor(AuditTrail trail, CurrentCaller callers) {
        this.trail = trail;
        this.callers = callers;
    }

    @AroundInvoke
    Object audit(InvocationContext ctx) throws Exception {
        MutationAudit m = MutationAudit.of(ctx.getMethod());
        if (m == null) {
            return ctx.proceed();
        }
        Caller caller = callers.get();
        Map<String, Object> request = m.details(ctx.getParameters());
        Object result;
        try {
            if (!m.oneTransaction()) {
                result = ctx.proceed();
            } else {
                return QuarkusTransaction.joiningExisting().call(() -> {
                    Object r = ctx.proceed();
                    trail.record(caller, m.action(), target(request, r), AuditTrail.OK, withResult(request, r));
                    return r;
                });
            }
        } catch (Exception e) {
            refused(caller, m, request, e);
            throw e;
        }
        trail.recordSeparately(caller, m.action(), target(request, result), AuditTrail.OK, withResult(request, result));
        return result;
    }

    private void refused(Caller caller, MutationAudit m, Map<String, Object> request, Exception e) {
        try {
            trail.recordSeparately(caller, m.action(), MutationAudit.target(request), outcome(e), request);
        } catch (RuntimeException failed) {
            // The refusal goes to the client anyway; say that its record is missing (no message: it
            // could quote the record).
            LOG.errorf(
                    "the audit record of a refused %s could not be written (%s)",
                    m.action(), failed.getClass().getSimpleName());
        }
    }

    /** OK, the refusal's code, or INTERNAL_ERROR for anything else (a bug, the database). */
    static String outcome(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiError a) {
                return a.code();
            }
            if (t instanceof PolicyException p) {
                return p.code().name();
            }
            if (t instanceof UnauthorizedException) {
                return ErrorCode.UNAUTHENTICATED.name();
            }
            if (t instanceof ForbiddenException) {
                return ErrorCode.FORBIDDEN.name();
            }
        }
        return INTERNAL_ERROR;
    }

    private static String target(Map<String, Object> request, Object result) {
        String t = MutationAudit.target(request);
        return t != null ? t : MutationAudit.resultTarget(result);
    }

    private static Map<String, Object> withResult(Map<String, Object> request, Object result) {
        String r = MutationAudit.resultTarget(result);
        if (r == null) {
            return request;
        }
        Map<String, Object> d = new LinkedHashMap<>(request);
        d.put("result", r);
        return d;
    }
}
