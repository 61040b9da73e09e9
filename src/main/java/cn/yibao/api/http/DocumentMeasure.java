package cn.yibao.api.http;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Measures a selection against the schema: fields (with fragments spread in), depth (an
 * introspection field, __schema or __type, counts as one level) and an estimated cost — a field
 * costs 1 plus its children's cost times the length of its list: {@code first} when the field (or
 * the connection above the list) has it, 100 when {@code first} is a variable, else 10. Each
 * fragment is measured once per page size, so a fragment spread many times costs no more time, and
 * every count saturates at {@link #CAP} instead of overflowing. Unknown fields and fragments count
 * as leaves, a fragment cycle as nothing: graphql-java's validation refuses them afterwards.
 */
final class DocumentMeasure {

    /** The assumed length of a list without a {@code first} argument. */
    static final int LIST_ESTIMATE = 10;
    /** {@code first} given by a variable: the largest page the services serve (PersonQueries). */
    static final int VARIABLE_PAGE = 100;
    /** Counts stop here. */
    static final long CAP = 1L << 50;

    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    /** Fields, depth and estimated cost of a selection. */
    record Measure(long fields, int depth, long cost) {
        static final Measure NONE = new Measure(0, 0, 0);
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Measure> measured = new HashMap<>();
    private final Set<String> open = new HashSet<>();

    DocumentMeasure(GraphQLSchema schema, Map<String, FragmentDefinition> fragments) {
        this.schema = schema;
        this.fragments = fragments;
    }

    /** The measures of an operation's selection below its root type. */
    Measure selections(SelectionSet set, GraphQLObjectType root) {
        return selections(set, root, 0);
    }

    /** pageSize: the parent's {@code first}, the length of the lists directly below it; 0 if none. */
    private Measure selections(SelectionSet set, GraphQLType parent, int pageSize) {
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
