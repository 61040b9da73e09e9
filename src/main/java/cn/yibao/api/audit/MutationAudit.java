package cn.yibao.api.audit;

import cn.yibao.service.audit.AuditTrail;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;

/**
 * What the audit record of one mutation holds, worked out once per method: the action
 * ({@code mutation:<field>}), and from the arguments only their ids (arguments and input fields
 * marked {@code @Id}) and a {@code year}: never a name, a national ID, an amount
 * or a free text of the request. The target is the first valid id (e.g. {@code person:7}), else the
 * id of the result ({@code person:7} for registerPerson); the result's id is also in the details.
 */
record MutationAudit(String action, boolean oneTransaction, List<Argument> arguments) {

    private static final Map<Method, MutationAudit> BY_METHOD = new ConcurrentHashMap<>();
    private static final MutationAudit NOT_A_MUTATION = new MutationAudit(null, true, List.of());
    private static final String INVALID = "invalid";

    /** One recorded value: argument {@code index}, or a component of the input record there. */
    record Argument(String name, int index, Method component, boolean id) {

        Object value(Object[] parameters) throws ReflectiveOperationException {
            Object v = parameters[index];
            return component == null || v == null ? v : component.invoke(v);
        }
    }

    /** The spec of a method; null when it is not a mutation. */
    static MutationAudit of(Method m) {
        MutationAudit a = BY_METHOD.computeIfAbsent(m, MutationAudit::build);
        return a == NOT_A_MUTATION ? null : a;
    }

    /** The recorded arguments: ids as numbers, or "invalid" for an id that is not one of ours. */
    Map<String, Object> details(Object[] parameters) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (Argument a : arguments) {
            Object v;
            try {
                v = a.value(parameters);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("input accessor " + a.name(), e);
            }
            if (v == null) {
                continue;
            }
            if (a.id()) {
                Long id = AuditTrail.recordableId(v.toString());
                d.put(a.name(), id == null ? INVALID : id);
            } else if (v instanceof Integer year) {
                d.put(a.name(), year);
            }
        }
        return d;
    }

    /** The first valid id of the request as {@code kind:id}; null if it has none. */
    static String target(Map<String, Object> details) {
        for (Map.Entry<String, Object> e : details.entrySet()) {
            if (e.getValue() instanceof Long id) {
                return AuditTrail.target(kind(e.getKey()), id);
            }
        }
        return null;
    }

    /** {@code kind:id} of a result that has an id (the views are records with {@code String id}). */
    static String resultTarget(Object result) {
        if (result == null || !result.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : result.getClass().getRecordComponents()) {
            if (c.getName().equals("id") && c.getType() == String.class) {
                try {
                    Long id = AuditTrail.recordableId((String) c.getAccessor().invoke(result));
                    String type = result.getClass().getSimpleName().replaceFirst("View$", "");
                    return id == null
                            ? null
                            : AuditTrail.target(Character.toLowerCase(type.charAt(0)) + type.substring(1), id);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String kind(String idName) {
        return switch (idName) {
            case "founderId" -> "person";
            case "networkId" -> "familyPoolNetwork";
            default -> idName.endsWith("Id") ? idName.substring(0, idName.length() - 2) : idName;
        };
    }

    private static MutationAudit build(Method m) {
        Mutation mutation = m.getAnnotation(Mutation.class);
        if (mutation == null) {
            return NOT_A_MUTATION;
        }
        String field = mutation.value().isEmpty() ? m.getName() : mutation.value();
        Audited audited = m.getAnnotation(Audited.class) != null
                ? m.getAnnotation(Audited.class)
                : m.getDeclaringClass().getAnnotation(Audited.class);
        List<Argument> arguments = new ArrayList<>();
        Parameter[] ps = m.getParameters();
        for (int i = 0; i < ps.length; i++) {
            Parameter p = ps[i];
            String name = p.isAnnotationPresent(Name.class)
                    ? p.getAnnotation(Name.class).value()
                    : p.getName();
            if (p.getType() == String.class && p.isAnnotationPresent(Id.class)) {
                arguments.add(new Argument(name, i, null, true));
            } else if (isYear(name, p.getType())) {
                arguments.add(new Argument(name, i, null, false));
            } else if (p.getType().isRecord()) {
                for (RecordComponent c : p.getType().getRecordComponents()) {
                    if (c.getType() == String.class && isId(p.getType(), c)) {
                        arguments.add(new Argument(c.getName(), i, c.getAccessor(), true));
                    } else if (isYear(c.getName(), c.getType())) {
                        arguments.add(new Argument(c.getName(), i, c.getAccessor(), false));
                    }
                }
            }
        }
        return new MutationAudit(
                "mutation:" + field, audited == null || audited.oneTransaction(), List.copyOf(arguments));
    }

    /** {@code @Id} on an input's component lands on its field and accessor, not on the component. */
    private static boolean isId(Class<?> input, RecordComponent c) {
        try {
            return c.getAccessor().isAnnotationPresent(Id.class)
                    || input.getDeclaredField(c.getName()).isAnnotationPresent(Id.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static boolean isYear(String name, Class<?> type) {
        return name.equals("year") && (type == int.class || type == Integer.class);
    }
}
