package cn.yibao.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LookAheadTest {

    @Test
    void namesEveryFieldBelowByItsPathOfFieldNamesThroughFragmentsAndAliases() {
        DataFetchingEnvironment env = rootField(
                """
                query {
                  person(id: "1") {
                    id
                    ...Claims
                    paid: claims { adjudication { lines { amount } } }
                    ... on Person { enrollments { id } }
                  }
                }
                fragment Claims on Person { claims { id } name }
                """);

        assertThat(LookAhead.qualifiedNames(env))
                .containsExactlyInAnyOrder(
                        "id",
                        "name",
                        "claims",
                        "claims/id",
                        "claims/adjudication",
                        "claims/adjudication/lines",
                        "claims/adjudication/lines/amount",
                        "enrollments",
                        "enrollments/id");
    }

    @Test
    void aSkippedFieldIsStillNamedSoAResolverReadsMoreNeverLess() {
        DataFetchingEnvironment env = rootField("{ person(id: \"1\") { id claims @skip(if: true) { id } } }");

        assertThat(LookAhead.qualifiedNames(env)).containsExactlyInAnyOrder("id", "claims", "claims/id");
    }

    private static DataFetchingEnvironment rootField(String query) {
        Document doc = Parser.parse(query);
        OperationDefinition op =
                doc.getDefinitionsOfType(OperationDefinition.class).get(0);
        Field person = (Field) op.getSelectionSet().getSelections().get(0);
        Map<String, FragmentDefinition> fragments = doc.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(person).build())
                .fragmentsByName(fragments)
                .build();
    }
}
