package cn.yibao.service.audit;

import cn.yibao.policy.common.Money;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The details of an audit record: ids, years, codes and amounts, written as a JSON object. Only
 * numbers, booleans, enum constants, short strings, amounts (a string with two decimals) and
 * lists of those are accepted, so no entity or input can slip its personal data in through
 * {@code toString}; a value with 15 or more consecutive digits (a national ID?) is refused.
 */
public final class AuditDetails {

    /** 15 digits or more: an 18- or 15-digit national ID, never an id or an amount of ours. */
    static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{15,}");

    private AuditDetails() {}

    /** {@code key, value, key, value, …} in order; null values are left out. */
    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    static String json(Map<String, ?> details) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, ?> e : details.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (b.length() > 1) {
                b.append(',');
            }
            string(b, e.getKey());
            b.append(':');
            value(b, e.getValue());
        }
        return b.append('}').toString();
    }

    private static void value(StringBuilder b, Object v) {
        switch (v) {
            case Long n -> b.append(n);
            case Integer n -> b.append(n);
            case Boolean x -> b.append(x);
            case Money m -> string(b, m.yuan().toPlainString());
            case Enum<?> x -> string(b, x.name());
            case String s -> string(b, s);
            case Collection<?> c -> {
                b.append('[');
                boolean first = true;
                for (Object x : c) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    value(b, x);
                }
                b.append(']');
            }
            default ->
                throw new IllegalArgumentException(
                        "not an audit detail: " + v.getClass().getSimpleName());
        }
    }

    private static void string(StringBuilder b, String s) {
        if (s.length() > 200 || LONG_DIGIT_RUN.matcher(s).find()) {
            throw new IllegalArgumentException("an audit detail must be short and hold no national ID");
        }
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
