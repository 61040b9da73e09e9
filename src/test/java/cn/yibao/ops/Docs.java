package cn.yibao.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML documents as plain maps and lists (SnakeYAML, safe constructor), and paths into them. */
final class Docs {

    private Docs() {}

    static List<Map<String, Object>> load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty document of a multi-document YAML text; {@code origin} names it in errors. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml, String origin) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map)) {
                throw new IllegalArgumentException(origin + ": a document is not a mapping: " + doc);
            }
            docs.add((Map<String, Object>) doc);
        }
        return docs;
    }

    /** The value at {@code path} (map keys, or list indexes as decimal strings), or null. */
    @SuppressWarnings("unchecked")
    static Object at(Object root, String... path) {
        Object current = root;
        for (String step : path) {
            if (current instanceof Map<?, ?> m) {
                current = ((Map<String, Object>) m).get(step);
            } else if (current instanceof List<?> l && step.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(step);
                current = i < l.size() ? l.get(i) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object root, String... path) {
        return at(root, path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object root, String... path) {
        return at(root, path) instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The scalar at {@code path} as text (numbers and booleans too), or null. */
    static String str(Object root, String... path) {
        Object v = at(root, path);
        return v == null || v instanceof Map || v instanceof List ? null : String.valueOf(v);
    }

    static String kind(Map<String, Object> doc) {
        return Objects.toString(doc.get("kind"), "?");
    }

    static String name(Map<String, Object> doc) {
        return Objects.toString(at(doc, "metadata", "name"), "?");
    }

    /** "Deployment yibao": how messages name a resource. */
    static String id(Map<String, Object> doc) {
        return kind(doc) + " " + name(doc);
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }
}
