package cn.yibao.api;

import static cn.yibao.api.support.GraphQL.callAs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;

import cn.yibao.service.PolicyYearService;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A bug in a resolver reaches the client as INTERNAL_ERROR, never named after a Java exception. */
@QuarkusTest
class UnexpectedFailureTest {

    @InjectMock
    PolicyYearService policyYears;

    @Test
    void an_unexpected_exception_is_an_internal_error_without_its_class_name() {
        when(policyYears.publishedYears()).thenThrow(new NullPointerException("a bug"));

        callAs(null, "{ policyYears { year } }")
                .body("errors[0].extensions.code", equalTo("INTERNAL_ERROR"))
                .body("errors[0].extensions.rule", equalTo("graphql.execution"))
                .body(not(containsString("null-pointer")))
                .body(not(containsString("NullPointer")))
                .body(not(containsString("a bug")));
    }
}
