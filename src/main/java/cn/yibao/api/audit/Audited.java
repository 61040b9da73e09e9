package cn.yibao.api.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a GraphQL API class: each of its {@code @Mutation} methods leaves an audit record
 * ({@link AuditedMutationInterceptor}). {@code AuditCoverageTest} fails for a mutation without it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

    /**
     * True (the default): the mutation and its record commit in ONE transaction, begun around the
     * resource method (the services' own {@code @Transactional} methods join it). False, on a
     * method, for a mutation that commits in transactions of its own (a batch): its record is
     * written after it returns, in one more.
     */
    @Nonbinding
    boolean oneTransaction() default true;
}
