package cn.yibao.api.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Operation names as metric tags. The names come from clients, so they are bounded: a name must be
 * a GraphQL name of at most {@link #MAX_LENGTH} characters, and only the first {@link #MAX_NAMES}
 * distinct names get their own series; every other name is {@code other}. A hostile client can
 * therefore add at most {@code MAX_NAMES} series, however many names it invents.
 */
final class OperationNames {

    static final String ANONYMOUS = "anonymous";
    static final String OTHER = "other";
    static final int MAX_LENGTH = 64;
    static final int MAX_NAMES = 50;

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** The tag for an operation named {@code name} (null or empty: {@code anonymous}). */
    String tag(String name) {
        if (name == null || name.isEmpty()) {
            return ANONYMOUS;
        }
        if (known.contains(name)) {
            return name;
        }
        if (name.length() > MAX_LENGTH || !GRAPHQL_NAME.matcher(name).matches()) {
            return OTHER;
        }
        synchronized (known) {
            if (known.size() < MAX_NAMES) {
                known.add(name);
                return name;
            }
        }
        return known.contains(name) ? name : OTHER;
    }
}
