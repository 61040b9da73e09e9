package cn.yibao.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlainFieldFetchersTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void plainFieldsOfTheViewsAreReadWithoutSmallRyesPerFieldContext() {
        assertThat(fetcher("Claim", "totalCost")).isInstanceOf(PlainFieldFetcher.class);
        assertThat(fetcher("Claim", "careType")).isInstanceOf(PlainFieldFetcher.class);
        assertThat(fetcher("Person", "name")).isInstanceOf(PlainFieldFetcher.class);
        assertThat(fetcher("AdjudicationLine", "amount")).isInstanceOf(PlainFieldFetcher.class);
        assertThat(fetcher("Enrollment", "waitingPeriod")).isInstanceOf(PlainFieldFetcher.class);
        // read with their owners, not resolved one owner at a time
        assertThat(fetcher("Adjudication", "lines")).isInstanceOf(PlainFieldFetcher.class);
        assertThat(fetcher("Enrollment", "policyYear")).isInstanceOf(PlainFieldFetcher.class);
    }

    @Test
    void fieldsSmallRyeTransformsAreTransformedWithoutItsContext() {
        // a date goes out as ISO text, a primitive int boxed: SmallRye's FieldHelper decides
        assertThat(fetcher("Claim", "serviceDate"))
                .isInstanceOfSatisfying(
                        PlainFieldFetcher.class, f -> assertThat(f.transforms()).isTrue());
        assertThat(fetcher("Claim", "totalCost"))
                .isInstanceOfSatisfying(
                        PlainFieldFetcher.class, f -> assertThat(f.transforms()).isFalse());
    }

    @Test
    void resolversStayWithSmallRye() {
        assertThat(fetcher("Query", "person")).isInstanceOf(LeanResolverContexts.LeanFetcher.class);
        assertThat(fetcher("Person", "claims")).isNotInstanceOf(PlainFieldFetcher.class);
        assertThat(fetcher("Enrollment", "explanation")).isNotInstanceOf(PlainFieldFetcher.class);
    }

    @Test
    void everyFieldButTheResolversIsRead() {
        List<String> plain = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast)
                .filter(t -> !t.getName().startsWith("__"))
                .toList()) {
            for (GraphQLFieldDefinition f : type.getFieldDefinitions()) {
                DataFetcher<?> d = schema.getCodeRegistry().getDataFetcher(type, f);
                (d instanceof PlainFieldFetcher ? plain : other).add(type.getName() + "." + f.getName());
            }
        }
        assertThat(plain).hasSizeGreaterThan(100).contains("Claim.serviceDate", "WaitingPeriod.totalMonths");
        // resolvers: queries, mutations, @Source methods
        assertThat(other).contains("Query.person", "Mutation.submitClaim", "Person.claims", "Enrollment.explanation");
    }

    private DataFetcher<?> fetcher(String type, String field) {
        GraphQLObjectType t = schema.getObjectType(type);
        return schema.getCodeRegistry()
                .getDataFetcher(FieldCoordinates.coordinates(type, field), t.getFieldDefinition(field));
    }
}
