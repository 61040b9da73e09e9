package cn.yibao.api.http;

import cn.yibao.policy.common.ErrorCode;
import graphql.introspection.Introspection;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The limits of {@link DocumentLimits}, the one-money-mutation rule and the introspection switch,
 * checked on a parsed document before graphql-java validates it (validation of a huge document is
 * itself costly). Each operation is checked; sizes come from {@link DocumentMeasure}.
 */
public final class DocumentCheck {

    private final GraphQLSchema schema;
    private final DocumentLimits limits;
    private final Set<String> moneyMutations;

    public DocumentCheck(GraphQLSchema schema, DocumentLimits limits, Set<String> moneyMutations) {
        this.schema = schema;
        this.limits = limits;
        this.moneyMutations = moneyMutations;
    }

    public Optional<Refusal> check(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition f : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(f.getName(), f);
        }
        long aliases = 0;
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof OperationDefinition o) {
                aliases += aliases(o.getSelectionSet());
            } else if (d instanceof FragmentDefinition f) {
                aliases += aliases(f.getSelectionSet());
            }
        }
        if (aliases > limits.maxAliases()) {
            return refuse(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "graphql.max-aliases",
                    aliases + " aliases, at most " + limits.maxAliases());
        }
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            GraphQLObjectType root =
                    switch (op.getOperation()) {
                        case QUERY -> schema.getQueryType();
                        case MUTATION -> schema.getMutationType();
                        case SUBSCRIPTION -> schema.getSubscriptionType();
                    };
            if (root == null) {
                continue; // graphql-java refuses an operation the schema lacks
            }
            Optional<Refusal> refused = check(op, root, fragments);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> check(
            OperationDefinition op, GraphQLObjectType root, Map<String, FragmentDefinition> fragments) {
        List<String> rootFields = new ArrayList<>();
        rootFields(op.getSelectionSet(), fragments, new HashSet<>(), rootFields);
        if (!limits.introspection()
                && (rootFields.contains(Introspection.SchemaMetaFieldDef.getName())
                        || rootFields.contains(Introspection.TypeMetaFieldDef.getName()))) {
            return refuse(ErrorCode.INTROSPECTION_DISABLED, "graphql.introspection", "__schema and __type");
        }
        if (op.getOperation() == OperationDefinition.Operation.MUTATION) {
            List<String> money =
                    rootFields.stream().filter(moneyMutations::contains).toList();
            if (money.size() > 1) {
                return refuse(
                        ErrorCode.TOO_MANY_MONEY_MUTATIONS,
                        "graphql.money-mutations",
                        String.join(", ", money) + " in one operation; send them one by one");
            }
        }
        DocumentMeasure.Measure m = new DocumentMeasure(schema, fragments).selections(op.getSelectionSet(), root);
        if (m.fields() > limits.maxFields()) {
            return refuse(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "graphql.max-fields",
                    shown(m.fields()) + " fields, at most " + limits.maxFields());
        }
        if (m.depth() > limits.maxDepth()) {
            return refuse(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "graphql.max-depth",
                    "depth " + m.depth() + ", at most " + limits.maxDepth());
        }
        if (m.cost() > limits.maxComplexity()) {
            return refuse(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "graphql.max-complexity",
                    "complexity " + shown(m.cost()) + ", at most " + limits.maxComplexity());
        }
        return Optional.empty();
    }

    /** The measures of the document's first operation (for tests and tuning the limits). */
    DocumentMeasure.Measure measure(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
        OperationDefinition op =
                document.getDefinitionsOfType(OperationDefinition.class).get(0);
        GraphQLObjectType root = op.getOperation() == OperationDefinition.Operation.MUTATION
                ? schema.getMutationType()
                : schema.getQueryType();
        return new DocumentMeasure(schema, fragments).selections(op.getSelectionSet(), root);
    }

    private static void rootFields(
            SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> open, List<String> out) {
        if (set == null) {
            return;
        }
        for (Selection<?> s : set.getSelections()) {
            switch (s) {
                case Field f -> out.add(f.getName());
                case InlineFragment i -> rootFields(i.getSelectionSet(), fragments, open, out);
                case FragmentSpread spread -> {
                    FragmentDefinition f = fragments.get(spread.getName());
                    if (f != null && open.add(spread.getName())) {
                        rootFields(f.getSelectionSet(), fragments, open, out);
                        open.remove(spread.getName());
                    }
                }
                default -> {}
            }
        }
    }

    private static long aliases(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        long n = 0;
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f) {
                n += (f.getAlias() == null ? 0 : 1) + aliases(f.getSelectionSet());
            } else if (s instanceof InlineFragment i) {
                n += aliases(i.getSelectionSet());
            }
        }
        return n;
    }

    private static Optional<Refusal> refuse(ErrorCode code, String rule, String detail) {
        return Optional.of(new Refusal(code, rule, detail));
    }

    private static String shown(long n) {
        return n >= DocumentMeasure.CAP ? "more than " + DocumentMeasure.CAP : Long.toString(n);
    }
}
