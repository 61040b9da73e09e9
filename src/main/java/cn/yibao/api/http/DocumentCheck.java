package cn.yibao.api.http;

import cn.yibao.policy.common.ErrorCode;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The limits of {@link DocumentLimits}, the one-money-mutation rule and the introspection switch,
 * checked on a parsed document before graphql-java validates it. One pass over the document:
 * each fragment is measured once per page size (a fragment spread many times costs no more time),
 * and every count saturates instead of overflowing. Unknown fields and fragments count as leaves;
 * graphql-java's validation refuses them afterwards.
 */
public final class DocumentCheck {

    /** The assumed length of a list without a {@code first} argument. */
    public static final int LIST_ESTIMATE = 10;
    /** {@code first} given by a variable: the largest page the services serve (PersonQueries). */
    public static final int VARIABLE_PAGE = 100;

    private static final long CAP = 1L << 50;
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

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
        Measure m = new Walk(fragments).selections(op.getSelectionSet(), root, 0);
        if (m.fields > limits.maxFields()) {
            return refuse(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "graphql.max-fields",
                    shown(m.fields) + " fields, at most " + limits.maxFields());
        }
        if (m.depth > limits.maxDepth()) {
            return refuse(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "graphql.max-depth",
                    "depth " + m.depth + ", at most " + limits.maxDepth());
        }
        if (m.cost > limits.maxComplexity()) {
            return refuse(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "graphql.max-complexity",
                    "complexity " + shown(m.cost) + ", at most " + limits.maxComplexity());
        }
        return Optional.empty();
    }

    /** The measures of the operation named, or of the only one (for tests and tuning the limits). */
    Measure measure(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
        OperationDefinition op =
                document.getDefinitionsOfType(OperationDefinition.class).get(0);
        GraphQLObjectType root = op.getOperation() == OperationDefinition.Operation.MUTATION
                ? schema.getMutationType()
                : schema.getQueryType();
        return new Walk(fragments).selections(op.getSelectionSet(), root, 0);
    }

    /** Fields, depth and estimated cost of a selection. */
    record Measure(long fields, int depth, long cost) {
        static final Measure NONE = new Measure(0, 0, 0);
    }

    private final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Measure> measured = new HashMap<>();
        private final Set<String> open = new HashSet<>();

        Walk(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        /** pageSize: the parent's {@code first}, the length of the lists directly below it; 0 if none. */
        Measure selections(SelectionSet set, GraphQLType parent, int pageSize) {
            if (set == null) {
                return Measure.NONE;
            }
            long fields = 0;
            long cost = 0;
            int depth = 0;
            for (Selection<?> s : set.getSelections()) {
                Measure m =
                        switch (s) {
                            case Field f -> field(f, parent, pageSize);
                            case InlineFragment i ->
                                selections(
                                        i.getSelectionSet(),
                                        i.getTypeCondition() == null
                                                ? parent
                                                : schema.getType(
                                                        i.getTypeCondition().getName()),
                                        pageSize);
                            case FragmentSpread spread -> spread(spread, pageSize);
                            default -> Measure.NONE;
                        };
                fields = add(fields, m.fields);
                cost = add(cost, m.cost);
                depth = Math.max(depth, m.depth);
            }
            return new Measure(fields, depth, cost);
        }

        private Measure spread(FragmentSpread spread, int pageSize) {
            FragmentDefinition f = fragments.get(spread.getName());
            String key = spread.getName() + "/" + pageSize;
            Measure known = measured.get(key);
            if (known != null) {
                return known;
            }
            if (f == null || !open.add(key)) {
                return Measure.NONE; // unknown or cyclic: graphql-java's validation refuses it
            }
            Measure m = selections(
                    f.getSelectionSet(), schema.getType(f.getTypeCondition().getName()), pageSize);
            open.remove(key);
            measured.put(key, m);
            return m;
        }

        private Measure field(Field f, GraphQLType parent, int pageSize) {
            GraphQLFieldDefinition def = definition(parent, f.getName());
            GraphQLType type = def == null ? null : def.getType();
            int lists = lists(type);
            Integer first = first(f, def);
            long length = 1;
            int childPage = 0;
            if (first != null && lists == 0) {
                childPage = first; // a connection: its edges are the page
            } else if (lists > 0) {
                int size = first != null ? first : pageSize > 0 ? pageSize : LIST_ESTIMATE;
                for (int i = 0; i < lists; i++) {
                    length = multiply(length, size);
                }
            }
            Measure children = selections(f.getSelectionSet(), unwrap(type), childPage);
            boolean introspection = f.getName().equals(Introspection.SchemaMetaFieldDef.getName())
                    || f.getName().equals(Introspection.TypeMetaFieldDef.getName());
            return new Measure(
                    add(1, children.fields),
                    introspection ? 1 : 1 + children.depth,
                    add(1, multiply(length, children.cost)));
        }

        private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
            if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
                return Introspection.TypeNameMetaFieldDef;
            }
            if (parent == schema.getQueryType()) {
                if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
                    return Introspection.SchemaMetaFieldDef;
                }
                if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
                    return Introspection.TypeMetaFieldDef;
                }
            }
            return parent instanceof GraphQLFieldsContainer c ? c.getFieldDefinition(name) : null;
        }
    }

    /** The page size a field asks for with {@code first}; null if it has no such argument. */
    private static Integer first(Field f, GraphQLFieldDefinition def) {
        GraphQLArgument arg = def == null ? null : def.getArgument("first");
        if (arg == null) {
            return null;
        }
        Value<?> given = f.getArguments().stream()
                .filter(a -> a.getName().equals("first"))
                .map(Argument::getValue)
                .findFirst()
                .orElse(null);
        if (given instanceof IntValue i) {
            return i.getValue().max(BigInteger.ZERO).min(INT_MAX).intValue();
        }
        if (given instanceof VariableReference) {
            return VARIABLE_PAGE;
        }
        if (arg.hasSetDefaultValue()) {
            Object v = arg.getArgumentDefaultValue().getValue();
            if (v instanceof IntValue i) {
                return i.getValue().intValue();
            }
            if (v instanceof Number n) {
                return n.intValue();
            }
        }
        return LIST_ESTIMATE;
    }

    private static int lists(GraphQLType type) {
        int n = 0;
        for (GraphQLType t = type; t instanceof GraphQLNonNull || t instanceof GraphQLList; ) {
            if (t instanceof GraphQLList l) {
                n++;
                t = l.getWrappedType();
            } else {
                t = ((GraphQLNonNull) t).getWrappedType();
            }
        }
        return n;
    }

    private static GraphQLType unwrap(GraphQLType type) {
        GraphQLType t = type;
        while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
            t = t instanceof GraphQLList l ? l.getWrappedType() : ((GraphQLNonNull) t).getWrappedType();
        }
        return t;
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
        return n >= CAP ? "more than " + CAP : Long.toString(n);
    }

    private static long add(long a, long b) {
        return Math.min(CAP, a + b);
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > CAP / b ? CAP : Math.min(CAP, a * b);
    }
}
