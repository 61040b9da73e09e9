package cn.yibao.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.junit.jupiter.api.Test;

class LeanEnvironmentTest {

    @Test
    void smallRyeSeesNoSelectionButEverythingElseOfTheField() {
        DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .selectionSet(mock(DataFetchingFieldSelectionSet.class))
                .source("the source")
                .build();

        LeanEnvironment lean = new LeanEnvironment(env);

        assertThat(lean.getSelectionSet().getFields()).isEmpty();
        assertThat(lean.getSelectionSet().contains("claims")).isFalse();
        assertThat(lean.<String>getSource()).isEqualTo("the source");
    }
}
