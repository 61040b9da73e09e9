package cn.yibao.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.ErrorCode;
import org.junit.jupiter.api.Test;

class DocumentGateTest {

    private static DocumentGate gate() {
        return new DocumentGate(
                new DocumentCheck(Schemas.SCHEMA, Schemas.configured(true), MoneyMutations.MOVE_MONEY), 2000);
    }

    @Test
    void a_syntax_error_is_refused_with_its_position() {
        assertThat(gate().check("{ policyYears { year }"))
                .contains(new Refusal(
                        ErrorCode.GRAPHQL_PARSE_FAILED,
                        "graphql.syntax",
                        "Invalid syntax with offending token '<EOF>' at line 1 column 23"));
    }

    @Test
    void a_document_of_2000_tokens_is_refused_before_the_parser_goes_on() {
        // "{", 1,998 names and "}" are 2,000 tokens, and graphql-java counts the end of the document too
        DocumentGate manyFields = new DocumentGate(
                new DocumentCheck(
                        Schemas.SCHEMA,
                        new DocumentLimits(2000, 10, 100_000, 10_000, 30, true),
                        MoneyMutations.MOVE_MONEY),
                2000);
        String tooMany = "{" + " __typename".repeat(1_998) + " }";
        assertThat(manyFields.check(tooMany))
                .contains(new Refusal(ErrorCode.QUERY_TOO_COMPLEX, "graphql.max-tokens", "2000 tokens or more"));
        assertThat(manyFields.check("{" + " __typename".repeat(1_997) + " }")).isEmpty();
    }

    @Test
    void a_refused_document_is_refused_again_and_a_passed_one_passes_again() {
        DocumentGate gate = gate();
        String deep = "{ person(id: \"1\") { familyPoolNetwork { founder { familyPoolNetwork { founder {"
                + " familyPoolNetwork { founder { familyPoolNetwork { founder { familyPoolNetwork { id } } } } } } } } } } }";
        assertThat(gate.check(deep).map(Refusal::rule)).contains("graphql.max-depth");
        assertThat(gate.check(deep).map(Refusal::rule)).contains("graphql.max-depth");
        assertThat(gate.check("{ policyYears { year } }")).isEmpty();
        assertThat(gate.check("{ policyYears { year } }")).isEmpty();
    }
}
