package cn.yibao.api.graphql;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the query selects below the field being resolved, read from the query's syntax: the
 * qualified names of the fields at every depth ({@code claims/adjudication/lines}: field names, not
 * aliases), through fragments. graphql-java's own selection set builds the whole normalized
 * operation first, a tenth of the mini-program query's CPU.
 *
 * <p>It may name more than graphql-java would: it ignores {@code @skip}/{@code @include} and
 * fragment type conditions. A resolver then reads a list the response leaves out, never the other
 * way round.
 */
public final class LookAhead {

    private LookAhead() {}

    /** The qualified names of all fields the field being resolved selects, at any depth. */
    public static Set<String> qualifiedNames(DataFetchingEnvironment env) {
        Set<String> names = new HashSet<>();
        Map<String, FragmentDefinition> fragments = env.getFragmentsByName();
        for (Field field : env.getMergedField().getFields()) {
            collect(field.getSelectionSet(), "", fragments, names);
        }
        return names;
    }

    // Depth is bounded by the document limits checked at the edge, and validation has refused
    // fragment cycles before anything is resolved.
    private static void collect(
            SelectionSet set, String prefix, Map<String, FragmentDefinition> fragments, Set<String> names) {
        if (set == null) {
            return;
        }
        for (Selection<?> s : set.getSelections()) {
            switch (s) {
                case Field f -> {
                    String name = prefix + f.getName();
                    names.add(name);
                    collect(f.getSelectionSet(), name + "/", fragments, names);
                }
                case InlineFragment i -> collect(i.getSelectionSet(), prefix, fragments, names);
                case FragmentSpread spread -> {
                    FragmentDefinition d = fragments.get(spread.getName());
                    if (d != null) {
                        collect(d.getSelectionSet(), prefix, fragments, names);
                    }
                }
                default -> {}
            }
        }
    }
}
