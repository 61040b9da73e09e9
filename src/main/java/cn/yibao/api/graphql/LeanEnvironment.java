package cn.yibao.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.SelectedField;
import java.util.List;
import java.util.Map;

/**
 * The environment a top-level resolver gets through SmallRye ({@link LeanResolverContexts}): its
 * selection set looks empty, so SmallRye does not copy the whole query below the field into its
 * context as JSON, twice. Our resolvers look ahead at the query's syntax instead ({@link LookAhead}).
 */
final class LeanEnvironment extends DelegatingDataFetchingEnvironment {

    LeanEnvironment(DataFetchingEnvironment env) {
        super(env);
    }

    @Override
    public DataFetchingFieldSelectionSet getSelectionSet() {
        return NOTHING;
    }

    private static final DataFetchingFieldSelectionSet NOTHING = new DataFetchingFieldSelectionSet() {
        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(
                String fieldGlobPattern, String... fieldGlobPatterns) {
            return Map.of();
        }
    };
}
