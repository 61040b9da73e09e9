package cn.yibao.ops;

import static cn.yibao.ops.Docs.id;
import static cn.yibao.ops.Docs.list;
import static cn.yibao.ops.Docs.map;
import static cn.yibao.ops.Docs.name;
import static cn.yibao.ops.Docs.ofKind;
import static cn.yibao.ops.Docs.str;
import static cn.yibao.ops.K8s.containers;
import static cn.yibao.ops.K8s.envValues;
import static cn.yibao.ops.K8s.hasRegistryHost;
import static cn.yibao.ops.K8s.podLabels;
import static cn.yibao.ops.K8s.requestsAndLimits;
import static cn.yibao.ops.K8s.resolvePort;
import static cn.yibao.ops.K8s.where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pods as Kubernetes runs them: ports and probes where the service serves, a Service and an
 * autoscaler and a disruption budget that reach them, resources, non-root security, short images.
 */
final class PodChecks {

    private final ServiceFacts facts;
    private final Map<String, Dockerfile> dockerfiles;

    PodChecks(ServiceFacts facts, Map<String, Dockerfile> dockerfiles) {
        this.facts = facts;
        this.dockerfiles = dockerfiles;
    }

    List<String> ports(Map<String, Object> deployment, List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> c : containers(deployment)) {
            int port = httpPort(deployment, c, docs);
            boolean listed =
                    list(c, "ports").stream().anyMatch(p -> String.valueOf(port).equals(str(p, "containerPort")));
            if (!listed) {
                problems.add(where(deployment, c) + ": no containerPort " + port + " (quarkus.http.port; the ports are "
                        + list(c, "ports") + ")");
            }
        }
        return problems;
    }

    List<String> probes(Map<String, Object> deployment, List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> c : containers(deployment)) {
            int healthPort =
                    facts.healthPort() == facts.httpPort() ? httpPort(deployment, c, docs) : facts.healthPort();
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("startupProbe", facts.startedPath());
            expected.put("livenessProbe", facts.livePath());
            expected.put("readinessProbe", facts.readyPath());
            expected.forEach((probe, path) -> {
                Map<String, Object> get = map(c, probe, "httpGet");
                if (get.isEmpty()) {
                    problems.add(where(deployment, c) + ": no " + probe + " with httpGet on " + path);
                    return;
                }
                if (!path.equals(str(get, "path"))) {
                    problems.add(where(deployment, c) + ": " + probe + " asks " + str(get, "path")
                            + ", but the service's " + "health endpoint is " + path);
                }
                Integer port = resolvePort(c, str(get, "port"));
                if (port == null || port != healthPort) {
                    problems.add(where(deployment, c) + ": " + probe + " port " + str(get, "port") + " is "
                            + (port == null ? "not a port of the container" : "port " + port)
                            + ", but the health endpoints are on " + healthPort);
                }
            });
        }
        return problems;
    }

    List<String> services(List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> s : ofKind(docs, "Service")) {
            Map<String, Object> selector = map(s, "spec", "selector");
            Optional<Map<String, Object>> target = ofKind(docs, "Deployment").stream()
                    .filter(d -> !selector.isEmpty() && podLabels(d).entrySet().containsAll(selector.entrySet()))
                    .findFirst();
            if (target.isEmpty()) {
                problems.add(id(s) + ": selector " + selector + " selects the pods of no Deployment");
                continue;
            }
            for (Object p : list(s, "spec", "ports")) {
                String targetPort = Objects.toString(str(p, "targetPort"), str(p, "port"));
                boolean served = containers(target.get()).stream().anyMatch(c -> resolvePort(c, targetPort) != null);
                if (!served) {
                    problems.add(id(s) + ": targetPort " + targetPort + " is no port (name or number) of "
                            + id(target.get()) + "'s containers");
                }
            }
        }
        return problems;
    }

    List<String> scaling(List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> hpas = ofKind(docs, "HorizontalPodAutoscaler");
        if (hpas.isEmpty()) {
            problems.add("no HorizontalPodAutoscaler");
        }
        int minReplicas = Integer.MAX_VALUE;
        for (Map<String, Object> h : hpas) {
            Map<String, Object> ref = map(h, "spec", "scaleTargetRef");
            boolean targetsDeployment = "Deployment".equals(str(ref, "kind"))
                    && "apps/v1".equals(str(ref, "apiVersion"))
                    && ofKind(docs, "Deployment").stream().anyMatch(d -> name(d).equals(str(ref, "name")));
            if (!targetsDeployment) {
                problems.add(id(h) + ": scaleTargetRef " + ref + " is no Deployment here");
            }
            if (!"autoscaling/v2".equals(h.get("apiVersion"))) {
                problems.add(id(h) + ": apiVersion " + h.get("apiVersion") + ", expected autoscaling/v2");
            }
            boolean cpu = list(h, "spec", "metrics").stream()
                    .anyMatch(m -> "Resource".equals(str(m, "type")) && "cpu".equals(str(m, "resource", "name")));
            if (!cpu) {
                problems.add(id(h) + ": no cpu Resource metric");
            }
            int min = Integer.parseInt(Objects.toString(str(h, "spec", "minReplicas"), "1"));
            minReplicas = Math.min(minReplicas, min);
            if (min < 2) {
                problems.add(id(h) + ": minReplicas " + min + "; one pod cannot be drained without an outage");
            }
        }
        List<Map<String, Object>> pdbs = ofKind(docs, "PodDisruptionBudget");
        if (pdbs.isEmpty()) {
            problems.add("no PodDisruptionBudget");
        }
        for (Map<String, Object> p : pdbs) {
            Map<String, Object> selector = map(p, "spec", "selector", "matchLabels");
            boolean selects = !selector.isEmpty()
                    && ofKind(docs, "Deployment").stream()
                            .anyMatch(d -> podLabels(d).entrySet().containsAll(selector.entrySet()));
            if (!selects) {
                problems.add(id(p) + ": matchLabels " + selector + " select the pods of no Deployment");
            }
            String minAvailable = str(p, "spec", "minAvailable");
            if (minAvailable != null && minAvailable.matches("\\d+") && Integer.parseInt(minAvailable) >= minReplicas) {
                problems.add(id(p) + ": minAvailable " + minAvailable + " is not below the autoscaler's minReplicas "
                        + minReplicas + ", so no node could ever be drained");
            }
        }
        return problems;
    }

    List<String> resources(Map<String, Object> deployment) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> c : containers(deployment)) {
            problems.addAll(requestsAndLimits(where(deployment, c), map(c, "resources")));
        }
        return problems;
    }

    List<String> security(Map<String, Object> deployment) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> pod = map(deployment, "spec", "template", "spec", "securityContext");
        for (Map<String, Object> c : containers(deployment)) {
            Map<String, Object> sc = map(c, "securityContext");
            String w = where(deployment, c);
            if (!"true".equals(Objects.toString(sc.get("runAsNonRoot"), str(pod, "runAsNonRoot")))) {
                problems.add(w + ": runAsNonRoot is not true");
            }
            if (!"false".equals(str(sc, "allowPrivilegeEscalation"))) {
                problems.add(w + ": allowPrivilegeEscalation is not false");
            }
            if (!"true".equals(str(sc, "readOnlyRootFilesystem"))) {
                problems.add(w + ": readOnlyRootFilesystem is not true");
            }
            if (!list(sc, "capabilities", "drop").contains("ALL")) {
                problems.add(w + ": capabilities do not drop ALL");
            }
            String uid = Objects.toString(sc.get("runAsUser"), str(pod, "runAsUser"));
            Optional<String> imageUser =
                    dockerfile(str(c, "image")).flatMap(f -> f.last("USER")).map(u -> u.split(":")[0]);
            if (uid == null || "0".equals(uid)) {
                problems.add(
                        w + ": runAsUser " + uid + "; a numeric non-root user lets the kubelet enforce runAsNonRoot");
            } else if (imageUser.isPresent() && !imageUser.get().equals(uid)) {
                problems.add(w + ": runAsUser " + uid + " but the image's USER is " + imageUser.get());
            }
        }
        return problems;
    }

    /** Short image names only: the registry is chosen at deployment (kustomize edit set image). */
    List<String> images(Map<String, Object> deployment) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> c : containers(deployment)) {
            String image = str(c, "image");
            if (image == null || hasRegistryHost(image)) {
                problems.add(where(deployment, c) + ": image " + image + " names a registry host");
            } else if (dockerfile(image).isEmpty()) {
                problems.add(where(deployment, c) + ": image " + image
                        + " is built by no Dockerfile in src/main/docker "
                        + "(image yibao-<variant> is built by Dockerfile.<variant>; there are " + dockerfiles.keySet()
                        + ")");
            }
        }
        return problems;
    }

    List<String> unusedConfigMaps(List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> cm : ofKind(docs, "ConfigMap")) {
            boolean used = ofKind(docs, "Deployment").stream()
                    .flatMap(d -> containers(d).stream())
                    .flatMap(c -> list(c, "envFrom").stream())
                    .anyMatch(f -> name(cm).equals(str(f, "configMapRef", "name")));
            if (!used) {
                problems.add(id(cm) + ": no container reads it (envFrom)");
            }
        }
        return problems;
    }

    int httpPort(Map<String, Object> deployment, Map<String, Object> c, List<Map<String, Object>> docs) {
        String configured = envValues(c, docs).get("QUARKUS_HTTP_PORT");
        return configured != null ? Integer.parseInt(configured) : facts.httpPort();
    }

    private Optional<Dockerfile> dockerfile(String image) {
        return K8s.dockerfileFor(dockerfiles, image);
    }
}
