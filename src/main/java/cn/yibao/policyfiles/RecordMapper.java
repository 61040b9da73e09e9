package cn.yibao.policyfiles;

import cn.yibao.policy.common.Band;
import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.Region;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Maps a parsed YAML tree onto the policy core's parameter records, strictly: every record
 * component must be present (unless {@link Nullable}), no unknown key is accepted, sealed
 * interfaces are chosen by a {@code model} key, and every error names the file and the key path.
 * Keys are the snake_case form of component names. With a year shift, every date moves by that
 * many years and every source is marked as projected (a projection of a published year).
 */
final class RecordMapper {

    private final String file;
    private final Map<String, String> documents;
    private final int yearShift;
    private final Integer projectedFrom;

    RecordMapper(String file, Map<String, String> documents, int yearShift, Integer projectedFrom) {
        this.file = file;
        this.documents = documents;
        this.yearShift = yearShift;
        this.projectedFrom = projectedFrom;
    }

    <T> T read(Object node, Class<T> type) {
        return type.cast(map(node, type, ""));
    }

    private Object map(Object node, Type type, String path) {
        if (node == null) {
            throw fail(path, "missing value");
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == Param.class) {
                return param(node, args[0], path);
            }
            if (raw == List.class) {
                return list(node, args[0], path);
            }
            if (raw == Map.class) {
                return map(node, args[0], args[1], path);
            }
            throw fail(path, "unsupported type " + p);
        }
        Class<?> c = (Class<?>) type;
        try {
            return scalarOrRecord(node, c, path);
        } catch (PolicyFileException e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw fail(path, e.getMessage());
        }
    }

    private Object scalarOrRecord(Object node, Class<?> c, String path) {
        if (c == String.class) {
            return expect(node, String.class, path);
        }
        if (c == Integer.class || c == int.class) {
            return expect(node, Integer.class, path);
        }
        if (c == Boolean.class || c == boolean.class) {
            return expect(node, Boolean.class, path);
        }
        if (c == BigDecimal.class) {
            return decimal(node, path);
        }
        if (c == Money.class) {
            return new Money(decimal(node, path));
        }
        if (c == Rate.class) {
            return new Rate(decimal(node, path));
        }
        if (c == LocalDate.class) {
            return LocalDate.parse(expect(node, String.class, path)).plusYears(yearShift);
        }
        if (c == LocalDateTime.class) {
            return LocalDateTime.parse(expect(node, String.class, path)).plusYears(yearShift);
        }
        if (c == Source.class) {
            return source(expect(node, String.class, path), null, path);
        }
        if (c == Region.class) {
            String code = expect(node, String.class, path);
            Region r = Region.fromCode(code);
            if (r == null) {
                throw fail(path, "unknown region '" + code + "'");
            }
            return r;
        }
        if (c == Bands.class) {
            List<Band> bands =
                    list(node, Band.class, path).stream().map(Band.class::cast).toList();
            return new Bands(bands);
        }
        if (c.isEnum()) {
            return enumValue(node, c, path);
        }
        if (c.isSealed() && c.isInterface()) {
            return sealed(node, c, path);
        }
        if (c.isRecord()) {
            return record(asMap(node, path), c, path, Set.of());
        }
        throw fail(path, "unsupported type " + c.getName());
    }

    private Param<?> param(Object node, Type valueType, String path) {
        Map<String, Object> m = asMap(node, path);
        String src = (String) m.get("source");
        if (src == null) {
            throw fail(path, "missing key 'source' (every value cites its source)");
        }
        String decision =
                m.containsKey("decision") ? expect(m.get("decision"), String.class, path + ".decision") : null;
        Source source = source(src, decision, path + ".source");
        if (m.containsKey("not_published")) {
            rejectUnknown(m, Set.of("not_published", "source", "decision"), path);
            return Param.notPublished(expect(m.get("not_published"), String.class, path + ".not_published"), source);
        }
        rejectUnknown(m, Set.of("value", "source", "decision"), path);
        if (!m.containsKey("value")) {
            throw fail(path, "missing key 'value' (or 'not_published')");
        }
        return Param.published(map(m.get("value"), valueType, path + ".value"), source);
    }

    private Source source(String text, String decision, String path) {
        String s = text.trim();
        int space = s.indexOf(' ');
        String doc = space < 0 ? s : s.substring(0, space);
        String title = documents.get(doc);
        if (title == null) {
            throw fail(path, "unknown document '" + doc + "' (known: " + new TreeSet<>(documents.keySet()) + ")");
        }
        String section = space < 0 ? "" : s.substring(space + 1).trim();
        Source source = new Source(doc, title, section, decision, null);
        return projectedFrom == null ? source : source.projectedFrom(projectedFrom);
    }

    private List<Object> list(Object node, Type element, String path) {
        if (!(node instanceof List<?> l)) {
            throw fail(path, "expected a list");
        }
        List<Object> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(map(l.get(i), element, path + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    private Map<Object, Object> map(Object node, Type keyType, Type valueType, String path) {
        Map<String, Object> m = asMap(node, path);
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String p = path + "." + e.getKey();
            out.put(map(e.getKey(), keyType, p), map(e.getValue(), valueType, p));
        }
        return out;
    }

    private Object sealed(Object node, Class<?> c, String path) {
        Map<String, Object> m = asMap(node, path);
        Object model = m.get("model");
        List<String> known = Arrays.stream(c.getPermittedSubclasses())
                .map(k -> kebab(k.getSimpleName()))
                .toList();
        if (!(model instanceof String name)) {
            throw fail(path, "missing key 'model' (one of " + known + ")");
        }
        for (Class<?> k : c.getPermittedSubclasses()) {
            if (kebab(k.getSimpleName()).equals(name)) {
                return record(m, k, path, Set.of("model"));
            }
        }
        throw fail(path + ".model", "unknown model '" + name + "' (one of " + known + ")");
    }

    private Object record(Map<String, Object> m, Class<?> c, String path, Set<String> extraKeys) {
        RecordComponent[] comps = c.getRecordComponents();
        Set<String> allowed = new TreeSet<>(extraKeys);
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent rc = comps[i];
            String key = snake(rc.getName());
            allowed.add(key);
            types[i] = rc.getType();
            Object value = m.get(key);
            if (value == null) {
                if (rc.isAnnotationPresent(Nullable.class)) {
                    continue;
                }
                throw fail(path.isEmpty() ? key : path + "." + key, "missing key");
            }
            args[i] = map(value, rc.getGenericType(), path.isEmpty() ? key : path + "." + key);
        }
        rejectUnknown(m, allowed, path);
        try {
            Constructor<?> ctor = c.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw fail(path, String.valueOf(e.getCause().getMessage()));
        } catch (ReflectiveOperationException e) {
            throw fail(path, "cannot build " + c.getSimpleName() + ": " + e);
        }
    }

    private void rejectUnknown(Map<String, Object> m, Set<String> allowed, String path) {
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw fail(
                        path.isEmpty() ? k : path + "." + k,
                        "unknown key (expected one of " + new TreeSet<>(allowed) + ")");
            }
        }
    }

    private Object enumValue(Object node, Class<?> c, String path) {
        String name = expect(node, String.class, path);
        for (Object constant : c.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw fail(
                path,
                "unknown value '" + name + "' (one of "
                        + Arrays.stream(c.getEnumConstants())
                                .map(String::valueOf)
                                .collect(Collectors.joining(", "))
                        + ")");
    }

    private BigDecimal decimal(Object node, String path) {
        if (node instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw fail(path, "not a decimal number: '" + s + "'");
            }
        }
        if (node instanceof Integer || node instanceof Long) {
            return BigDecimal.valueOf(((Number) node).longValue());
        }
        if (node instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        throw fail(path, "expected a decimal number");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap(Object node, String path) {
        if (!(node instanceof Map<?, ?> m)) {
            throw fail(path, "expected a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private <T> T expect(Object node, Class<T> type, String path) {
        if (!type.isInstance(node)) {
            throw fail(path, "expected " + type.getSimpleName().toLowerCase(Locale.ROOT) + ", got '" + node + "'");
        }
        return type.cast(node);
    }

    private PolicyFileException fail(String path, String message) {
        return new PolicyFileException(file, path, message);
    }

    static String snake(String camel) {
        StringBuilder s = new StringBuilder(camel.length() + 4);
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                s.append('_').append(Character.toLowerCase(ch));
            } else if (Character.isDigit(ch) && s.length() > 0 && !Character.isDigit(s.charAt(s.length() - 1))) {
                s.append('_').append(ch);
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }

    static String kebab(String pascal) {
        return snake(Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1))
                .replace('_', '-');
    }
}
