package cn.yibao.ops;

import static cn.yibao.ops.Docs.id;
import static cn.yibao.ops.Docs.list;
import static cn.yibao.ops.Docs.map;
import static cn.yibao.ops.Docs.name;
import static cn.yibao.ops.Docs.ofKind;
import static cn.yibao.ops.Docs.str;
import static cn.yibao.ops.K8s.containers;
import static cn.yibao.ops.K8s.envValues;
import static cn.yibao.ops.K8s.find;
import static cn.yibao.ops.K8s.quantity;
import static cn.yibao.ops.K8s.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the pods are told: every variable a setting the service reads, a heap that fits under the
 * memory limit, and a database URL that goes through the pooler into the cluster's database.
 */
final class SettingsChecks {

    /** Left outside a JVM's heap: metaspace, code cache, AOT cache, thread stacks, direct buffers, GC. */
    static final long JVM_NON_HEAP_FLOOR = 384L << 20;
    /** Left outside a native executable's heap: its image heap, stacks and buffers. */
    static final long NATIVE_NON_HEAP_FLOOR = 96L << 20;
    /** Environment variables the java launcher reads (an image whose entrypoint is java). */
    static final Set<String> JAVA_LAUNCHER_VARIABLES = Set.of("JDK_JAVA_OPTIONS");

    static final int POSTGRES_PORT = 5432;

    private final ServiceFacts facts;
    private final Map<String, Dockerfile> dockerfiles;
    private final List<Map<String, Object>> secrets;

    SettingsChecks(ServiceFacts facts, Map<String, Dockerfile> dockerfiles, List<Map<String, Object>> secrets) {
        this.facts = facts;
        this.dockerfiles = dockerfiles;
        this.secrets = secrets;
    }

    /** Every variable a container gets must be a setting the service (or the java launcher) reads. */
    List<String> environment(Map<String, Object> deployment, List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> c : containers(deployment)) {
            boolean java = dockerfile(str(c, "image")).map(Dockerfile::runsJava).orElse(false);
            List<String[]> variables = new ArrayList<>(); // name, where it comes from
            for (Object e : list(c, "env")) {
                variables.add(new String[] {str(e, "name"), "env"});
                Map<String, Object> ref = map(e, "valueFrom", "secretKeyRef");
                if (!ref.isEmpty()) {
                    problems.addAll(secretKeyExists(where(deployment, c), str(ref, "name"), str(ref, "key")));
                }
            }
            for (Object from : list(c, "envFrom")) {
                String cm = str(from, "configMapRef", "name");
                String secret = str(from, "secretRef", "name");
                if (cm != null) {
                    Optional<Map<String, Object>> found = find(docs, "ConfigMap", cm);
                    if (found.isEmpty()) {
                        problems.add(where(deployment, c) + ": envFrom ConfigMap " + cm + ", which does not exist");
                    }
                    found.ifPresent(m ->
                            map(m, "data").keySet().forEach(k -> variables.add(new String[] {k, "ConfigMap " + cm})));
                }
                if (secret != null) {
                    Optional<Map<String, Object>> found = find(secrets, "Secret", secret);
                    if (found.isEmpty()) {
                        problems.add(where(deployment, c) + ": envFrom Secret " + secret
                                + ", which secret.example.yaml does not describe");
                    }
                    found.ifPresent(s -> map(s, "stringData")
                            .keySet()
                            .forEach(k -> variables.add(new String[] {k, "Secret " + secret})));
                }
            }
            for (String[] v : variables) {
                boolean read = facts.configInputs().contains(v[0]) || (java && JAVA_LAUNCHER_VARIABLES.contains(v[0]));
                if (!read) {
                    problems.add(where(deployment, c) + ": " + v[1] + " sets " + v[0]
                            + ", which the service does not read: application.properties has no ${" + v[0]
                            + "} placeholder and no property whose environment form is " + v[0]
                            + (java ? "" : " (and this image does not run the java launcher)"));
                }
            }
        }
        return problems;
    }

    /** The heap must leave room for what lives outside it, or the kernel kills the pod. */
    List<String> heap(Map<String, Object> deployment, List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> c : containers(deployment)) {
            String limitText = str(c, "resources", "limits", "memory");
            if (limitText == null) {
                continue; // resources() reports it
            }
            long limit = (long) quantity(limitText);
            boolean java = dockerfile(str(c, "image")).map(Dockerfile::runsJava).orElse(false);
            List<String> options = new ArrayList<>();
            Map<String, String> env = envValues(c, docs);
            JAVA_LAUNCHER_VARIABLES.forEach(v -> Optional.ofNullable(env.get(v))
                    .ifPresent(o -> options.addAll(List.of(o.trim().split("\\s+")))));
            list(c, "args").forEach(a -> options.add(String.valueOf(a)));
            boolean jvmOptions = options.stream().anyMatch(o -> o.startsWith("-XX:"))
                    || JAVA_LAUNCHER_VARIABLES.stream().anyMatch(env::containsKey);
            if (!java && jvmOptions) {
                problems.add(where(deployment, c) + ": JVM options " + options + " for an image that runs no JVM");
            }
            OptionalHeap heap = heapOf(options, limit);
            long floor = java ? JVM_NON_HEAP_FLOOR : NATIVE_NON_HEAP_FLOOR;
            if (heap == null) {
                problems.add(where(deployment, c) + ": no -Xmx or -XX:MaxRAMPercentage; the "
                        + (java ? "JVM" : "native executable") + " would size its heap from its own defaults");
            } else if (limit - heap.bytes() < floor) {
                problems.add(where(deployment, c) + ": heap " + heap.option() + " = " + (heap.bytes() >> 20)
                        + " MiB leaves " + ((limit - heap.bytes()) >> 20) + " MiB of the " + limitText
                        + " limit outside the heap; at least " + (floor >> 20) + " MiB is needed");
            }
        }
        return problems;
    }

    record OptionalHeap(String option, long bytes) {}

    /** The heap these options give under this memory limit (-Xmx wins over a percentage), or null. */
    static OptionalHeap heapOf(List<String> options, long limit) {
        OptionalHeap found = null;
        for (String o : options) {
            Matcher xmx = Pattern.compile("-Xmx(\\d+)([kKmMgG]?)").matcher(o);
            Matcher pct =
                    Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)").matcher(o);
            if (xmx.matches()) {
                long unit =
                        switch (xmx.group(2).toLowerCase()) {
                            case "k" -> 1L << 10;
                            case "m" -> 1L << 20;
                            case "g" -> 1L << 30;
                            default -> 1L;
                        };
                return new OptionalHeap(o, Long.parseLong(xmx.group(1)) * unit);
            }
            if (pct.matches()) {
                found = new OptionalHeap(o, (long) (limit * Double.parseDouble(pct.group(1)) / 100));
            }
        }
        return found;
    }

    /** The pods reach PostgreSQL through the PgBouncer pooler, in the database the cluster created. */
    List<String> databaseUrl(Map<String, Object> deployment, List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> c : containers(deployment)) {
            String w = where(deployment, c);
            Map<String, String> env = envValues(c, docs);
            Optional<String> url = facts.inputsOf("quarkus.datasource.jdbc.url").stream()
                    .map(env::get)
                    .filter(Objects::nonNull)
                    .findFirst();
            if (url.isEmpty()) {
                problems.add(w + ": sets none of " + facts.inputsOf("quarkus.datasource.jdbc.url")
                        + ", so the service would use its built-in database URL");
                continue;
            }
            Matcher m = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?(.*))?")
                    .matcher(url.get());
            if (!m.matches()) {
                problems.add(w + ": database URL " + url.get() + " is not jdbc:postgresql://host[:port]/database");
                continue;
            }
            String host = m.group(1).split("\\.")[0];
            int port = m.group(2) == null ? POSTGRES_PORT : Integer.parseInt(m.group(2));
            Optional<Map<String, Object>> pooler = find(docs, "Pooler", host);
            if (pooler.isEmpty()) {
                problems.add(w + ": database URL " + url.get() + " goes to " + host + ", which is no Pooler's Service "
                        + "(poolers: "
                        + ofKind(docs, "Pooler").stream().map(Docs::name).toList() + ")");
                continue;
            }
            if (!"rw".equals(str(pooler.get(), "spec", "type"))) {
                problems.add(w + ": database URL goes to " + id(pooler.get()) + " of type "
                        + str(pooler.get(), "spec", "type") + "; the service writes, so it needs the rw pooler");
            }
            if (port != POSTGRES_PORT) {
                problems.add(w + ": database URL port " + port + "; a Pooler's Service listens on " + POSTGRES_PORT);
            }
            Optional<Map<String, Object>> cluster = find(docs, "Cluster", str(pooler.get(), "spec", "cluster", "name"));
            cluster.ifPresent(cl -> {
                String database = str(cl, "spec", "bootstrap", "initdb", "database");
                if (!m.group(3).equals(database)) {
                    problems.add(w + ": database URL names database " + m.group(3) + ", but " + id(cl) + " creates "
                            + database);
                }
                String initdbSecret = str(cl, "spec", "bootstrap", "initdb", "secret", "name");
                for (String passwordVar : facts.inputsOf("quarkus.datasource.password")) {
                    list(c, "env").stream()
                            .filter(e -> passwordVar.equals(str(e, "name")))
                            .map(e -> str(e, "valueFrom", "secretKeyRef", "name"))
                            .filter(s -> s != null && !s.equals(initdbSecret))
                            .forEach(s -> problems.add(w + ": " + passwordVar + " comes from Secret " + s + ", but "
                                    + id(cl) + " creates the role's password from Secret " + initdbSecret));
                }
            });
            boolean transactionPooling = "transaction".equals(str(pooler.get(), "spec", "pgbouncer", "poolMode"));
            boolean noServerPrepare = m.group(4) != null && m.group(4).matches("(.*&)?prepareThreshold=0(&.*)?");
            String tracked = str(pooler.get(), "spec", "pgbouncer", "parameters", "max_prepared_statements");
            if (transactionPooling && !noServerPrepare && (tracked == null || Integer.parseInt(tracked) <= 0)) {
                problems.add(
                        w + ": " + id(pooler.get()) + " pools by transaction, but neither does PgBouncer track "
                                + "prepared statements (max_prepared_statements > 0) nor does the URL turn them off "
                                + "(prepareThreshold=0): statements prepared on one server connection would be missing on the next");
            }
            problems.addAll(connectionBudget(deployment, c, env, pooler.get(), docs));
        }
        return problems;
    }

    private List<String> connectionBudget(
            Map<String, Object> deployment,
            Map<String, Object> c,
            Map<String, String> env,
            Map<String, Object> pooler,
            List<Map<String, Object>> docs) {
        int perPod = facts.inputsOf("quarkus.datasource.jdbc.max-size").stream()
                .map(env::get)
                .filter(Objects::nonNull)
                .map(Integer::parseInt)
                .findFirst()
                .orElse(facts.jdbcMaxSize());
        int pods = ofKind(docs, "HorizontalPodAutoscaler").stream()
                .filter(h -> name(deployment).equals(str(h, "spec", "scaleTargetRef", "name")))
                .map(h -> Integer.parseInt(Objects.toString(str(h, "spec", "maxReplicas"), "1")))
                .findFirst()
                .orElse(1);
        int clients = Integer.parseInt(
                Objects.toString(str(pooler, "spec", "pgbouncer", "parameters", "max_client_conn"), "100"));
        if (pods * perPod > clients) {
            return List.of(where(deployment, c) + ": up to " + pods + " pods × " + perPod + " connections = "
                    + pods * perPod + ", above " + id(pooler) + "'s max_client_conn " + clients);
        }
        return List.of();
    }

    private Optional<Dockerfile> dockerfile(String image) {
        return K8s.dockerfileFor(dockerfiles, image);
    }

    private List<String> secretKeyExists(String where, String secret, String key) {
        return K8s.secretKeyExists(secrets, where, secret, key);
    }
}
