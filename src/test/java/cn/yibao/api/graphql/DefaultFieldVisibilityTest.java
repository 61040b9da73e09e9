package cn.yibao.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DefaultFieldVisibilityTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void quarkus_default_visibility_is_graphql_javas_not_a_regular_expression_per_field() {
        assertThat(DefaultFieldVisibility.isDefault()).isTrue();
        assertThat(schema.getCodeRegistry().getFieldVisibility())
                .isSameAs(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        // every field stays visible: Person has its nine fields (graphql/schema.graphql)
        assertThat(schema.getObjectType("Person").getFieldDefinitions()).hasSize(9);
    }
}
