package cn.yibao.ops;

import static cn.yibao.ops.Docs.at;
import static cn.yibao.ops.Docs.id;
import static cn.yibao.ops.Docs.list;
import static cn.yibao.ops.Docs.map;
import static cn.yibao.ops.Docs.name;
import static cn.yibao.ops.Docs.ofKind;
import static cn.yibao.ops.Docs.str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading Kubernetes resources: a Deployment's containers and labels, ports, quantities, references. */
final class K8s {

    private K8s() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return list(deployment, "spec", "template", "spec", "containers").stream()
                .map(c -> (Map<String, Object>) c)
                .toList();
    }

    static Map<String, Object> podLabels(Map<String, Object> deployment) {
        return map(deployment, "spec", "template", "metadata", "labels");
    }

    static String where(Map<String, Object> deployment, Map<String, Object> container) {
        return id(deployment) + ", container " + str(container, "name");
    }

    static Optional<Map<String, Object>> find(List<Map<String, Object>> docs, String kind, String name) {
        return ofKind(docs, kind).stream().filter(d -> name(d).equals(name)).findFirst();
    }

    /** A container port by name or number, as a number; null when the container has no such port. */
    static Integer resolvePort(Map<String, Object> container, String port) {
        for (Object p : list(container, "ports")) {
            if (Objects.equals(port, str(p, "name")) || Objects.equals(port, str(p, "containerPort"))) {
                return Integer.valueOf(str(p, "containerPort"));
            }
        }
        return null;
    }

    /** The values a container's environment gets from env values and ConfigMaps (Secrets: unknown). */
    static Map<String, String> envValues(Map<String, Object> container, List<Map<String, Object>> docs) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object from : list(container, "envFrom")) {
            find(docs, "ConfigMap", str(from, "configMapRef", "name"))
                    .ifPresent(cm -> map(cm, "data").forEach((k, v) -> env.put(k, String.valueOf(v))));
        }
        for (Object e : list(container, "env")) {
            if (at(e, "value") != null) {
                env.put(str(e, "name"), str(e, "value"));
            }
        }
        return env;
    }

    /** A Kubernetes quantity ("1Gi", "500m", "2") in bytes or cores. */
    static double quantity(String q) {
        Matcher m =
                Pattern.compile("(\\d+(?:\\.\\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T|m)?").matcher(q.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quantity: " + q);
        }
        double n = Double.parseDouble(m.group(1));
        return n
                * switch (Objects.toString(m.group(2), "")) {
                    case "Ki" -> 1024d;
                    case "Mi" -> 1024d * 1024;
                    case "Gi" -> 1024d * 1024 * 1024;
                    case "Ti" -> 1024d * 1024 * 1024 * 1024;
                    case "k" -> 1e3;
                    case "M" -> 1e6;
                    case "G" -> 1e9;
                    case "T" -> 1e12;
                    case "m" -> 1e-3;
                    default -> 1d;
                };
    }

    static boolean hasRegistryHost(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String first = image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost");
    }

    static List<String> requestsAndLimits(String where, Map<String, Object> resources) {
        List<String> problems = new ArrayList<>();
        for (String r : List.of("cpu", "memory")) {
            String request = str(resources, "requests", r);
            String limit = str(resources, "limits", r);
            if (request == null || limit == null) {
                problems.add(where + ": " + r + " needs both a request and a limit (requests " + request + ", limits "
                        + limit + ")");
            } else if (quantity(request) > quantity(limit)) {
                problems.add(where + ": " + r + " request " + request + " is above its limit " + limit);
            }
        }
        return problems;
    }

    /** Problems when a Secret of the example, or its key, is missing. */
    static List<String> secretKeyExists(List<Map<String, Object>> secrets, String where, String secret, String key) {
        Optional<Map<String, Object>> s = find(secrets, "Secret", secret);
        if (s.isEmpty()) {
            return List.of(where + ": uses Secret " + secret + ", which secret.example.yaml does not describe");
        }
        if (!map(s.get(), "stringData").containsKey(key)) {
            return List.of(where + ": uses key " + key + " of Secret " + secret + ", which has only "
                    + map(s.get(), "stringData").keySet());
        }
        return List.of();
    }

    /** The Dockerfile that builds this image: yibao-jvm:tag is built by Dockerfile.jvm. */
    static Optional<Dockerfile> dockerfileFor(Map<String, Dockerfile> dockerfiles, String image) {
        if (image == null) {
            return Optional.empty();
        }
        String bare = image.replaceFirst("@.*$", "").replaceFirst(":[^/:]*$", "");
        String last = bare.substring(bare.lastIndexOf('/') + 1);
        return dockerfiles.entrySet().stream()
                .filter(e -> last.endsWith("-" + e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
