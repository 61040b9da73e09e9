package cn.yibao.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A new mutation must be sorted into MoneyMutations: moving money or not (one per request, rate limits). */
class MoneyMutationsTest {

    @Test
    void every_mutation_of_the_schema_is_sorted_into_exactly_one_list() {
        Set<String> mutations = Schemas.SCHEMA.getMutationType().getFieldDefinitions().stream()
                .map(GraphQLFieldDefinition::getName)
                .collect(Collectors.toSet());
        Set<String> sorted = new HashSet<>(MoneyMutations.MOVE_MONEY);
        sorted.addAll(MoneyMutations.MOVE_NO_MONEY);
        assertThat(sorted)
                .as("graphql/schema.graphql's mutations, each in MoneyMutations.MOVE_MONEY or MOVE_NO_MONEY")
                .isEqualTo(mutations);
        assertThat(MoneyMutations.MOVE_MONEY).doesNotContainAnyElementsOf(MoneyMutations.MOVE_NO_MONEY);
    }

    @Test
    void enrolling_claims_premiums_and_the_pool_batch_move_money() {
        assertThat(MoneyMutations.MOVE_MONEY)
                .containsExactlyInAnyOrder(
                        "enroll", "submitClaim", "enrollSupplementary", "runShanghaiContributionBatch");
    }
}
