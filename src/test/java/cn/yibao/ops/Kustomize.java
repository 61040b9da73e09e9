package cn.yibao.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of kustomize the manifests use, so that the checks see what {@code kubectl apply -k}
 * applies without kubectl on the build machine: resources (files and directories), strategic-merge
 * patches by kind and name, the images transformer and the namespace. A kustomization with any
 * other field is refused rather than rendered wrongly.
 */
final class Kustomize {

    static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images");

    /** The merge key of each list a patch merges into; every other list is replaced. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "ports", "containerPort");

    private Kustomize() {}

    static Path kustomizationFile(Path dir) {
        return dir.resolve("kustomization.yaml");
    }

    /** Every file or directory a kustomization names (resources and patches), resolved. */
    static List<Path> references(Path dir) {
        Map<String, Object> k = kustomization(dir);
        List<Path> refs = new ArrayList<>();
        for (Object r : Docs.list(k, "resources")) {
            refs.add(dir.resolve(String.valueOf(r)).normalize());
        }
        for (Object p : Docs.list(k, "patches")) {
            refs.add(dir.resolve(String.valueOf(Docs.str(p, "path"))).normalize());
        }
        return refs;
    }

    static Map<String, Object> kustomization(Path dir) {
        List<Map<String, Object>> docs = Docs.load(kustomizationFile(dir));
        if (docs.size() != 1) {
            throw new IllegalArgumentException(kustomizationFile(dir) + ": expected one document");
        }
        return docs.get(0);
    }

    static List<Map<String, Object>> render(Path dir) {
        Map<String, Object> k = kustomization(dir);
        for (String field : k.keySet()) {
            if (!KNOWN_FIELDS.contains(field)) {
                throw new IllegalArgumentException(kustomizationFile(dir) + ": field '" + field
                        + "' is not one the manifest checks understand (" + KNOWN_FIELDS + ")");
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object r : Docs.list(k, "resources")) {
            Path p = dir.resolve(String.valueOf(r)).normalize();
            out.addAll(Files.isDirectory(p) ? render(p) : Docs.load(p));
        }
        for (Object patch : Docs.list(k, "patches")) {
            Path p = dir.resolve(String.valueOf(Docs.str(patch, "path"))).normalize();
            for (Map<String, Object> doc : Docs.load(p)) {
                applyPatch(out, doc, p);
            }
        }
        for (Object image : Docs.list(k, "images")) {
            setImage(out, Docs.str(image, "name"), Docs.str(image, "newName"), Docs.str(image, "newTag"));
        }
        String namespace = Docs.str(k, "namespace");
        if (namespace != null) {
            for (Map<String, Object> doc : out) {
                metadata(doc).put("namespace", namespace);
            }
        }
        return out;
    }

    private static void applyPatch(List<Map<String, Object>> docs, Map<String, Object> patch, Path origin) {
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> doc = docs.get(i);
            if (Docs.kind(doc).equals(Docs.kind(patch)) && Docs.name(doc).equals(Docs.name(patch))) {
                docs.set(i, merge(doc, patch));
                return;
            }
        }
        throw new IllegalArgumentException(origin + ": patches " + Docs.id(patch) + ", which no resource is");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> patch) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        patch.forEach((key, value) -> {
            Object current = out.get(key);
            if (value == null) {
                out.remove(key);
            } else if (current instanceof Map<?, ?> cm && value instanceof Map<?, ?> vm) {
                out.put(key, merge((Map<String, Object>) cm, (Map<String, Object>) vm));
            } else if (current instanceof List<?> cl && value instanceof List<?> vl && MERGE_KEYS.containsKey(key)) {
                out.put(key, mergeList((List<Object>) cl, (List<Object>) vl, MERGE_KEYS.get(key)));
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeList(List<Object> base, List<Object> patch, String mergeKey) {
        List<Object> out = new ArrayList<>(base);
        for (Object p : patch) {
            Object key = Docs.at(p, mergeKey);
            int found = -1;
            for (int i = 0; i < out.size(); i++) {
                if (key != null && key.equals(Docs.at(out.get(i), mergeKey))) {
                    found = i;
                }
            }
            if (found < 0) {
                out.add(p);
            } else {
                out.set(found, merge((Map<String, Object>) out.get(found), (Map<String, Object>) p));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void setImage(List<Map<String, Object>> docs, String name, String newName, String newTag) {
        for (Map<String, Object> doc : docs) {
            for (Object c : Docs.list(doc, "spec", "template", "spec", "containers")) {
                Map<String, Object> container = (Map<String, Object>) c;
                String image = String.valueOf(container.get("image"));
                String bare = image.replaceFirst("@.*$", "").replaceFirst(":[^/:]*$", "");
                if (bare.equals(name)) {
                    String tag = image.substring(bare.length());
                    container.put("image", (newName != null ? newName : bare) + (newTag != null ? ":" + newTag : tag));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> doc) {
        return (Map<String, Object>) doc.computeIfAbsent("metadata", k -> new LinkedHashMap<String, Object>());
    }
}
