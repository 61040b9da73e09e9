package cn.yibao.ops;

import static cn.yibao.ops.Docs.id;
import static cn.yibao.ops.Docs.list;
import static cn.yibao.ops.Docs.map;
import static cn.yibao.ops.Docs.name;
import static cn.yibao.ops.Docs.ofKind;
import static cn.yibao.ops.Docs.str;
import static cn.yibao.ops.K8s.find;
import static cn.yibao.ops.K8s.requestsAndLimits;
import static cn.yibao.ops.K8s.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PostgreSQL: a CloudNativePG cluster of three with synchronous replication and WAL archiving, a
 * pooler and backups that name it, and Secret examples that hold placeholders only.
 */
final class DatabaseChecks {

    static final String PLACEHOLDER = "REPLACE_ME";
    static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";

    private final List<Map<String, Object>> secrets;

    /** @param secrets the Secrets of secret.example.yaml */
    DatabaseChecks(List<Map<String, Object>> secrets) {
        this.secrets = secrets;
    }

    /** Clusters, poolers and backups, over every manifest (kustomized or applied on their own). */
    List<String> database(List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> clusters = ofKind(docs, "Cluster");
        if (clusters.isEmpty()) {
            problems.add("no CloudNativePG Cluster");
        }
        for (Map<String, Object> cl : clusters) {
            problems.addAll(cluster(cl, docs));
        }
        List<Map<String, Object>> poolers = ofKind(docs, "Pooler");
        if (poolers.isEmpty()) {
            problems.add("no CloudNativePG Pooler");
        }
        for (Map<String, Object> p : poolers) {
            String cluster = str(p, "spec", "cluster", "name");
            if (find(docs, "Cluster", cluster).isEmpty()) {
                problems.add(id(p) + ": spec.cluster.name " + cluster + " is no Cluster");
            }
            if (!Set.of("session", "transaction").contains(str(p, "spec", "pgbouncer", "poolMode"))) {
                problems.add(id(p) + ": poolMode " + str(p, "spec", "pgbouncer", "poolMode")
                        + "; statement pooling breaks multi-statement transactions");
            }
            list(p, "spec", "template", "spec", "containers").stream()
                    .filter(c -> "pgbouncer".equals(str(c, "name")))
                    .forEach(c -> problems.addAll(requestsAndLimits(id(p) + " pgbouncer", map(c, "resources"))));
        }
        for (Map<String, Object> b : Stream.concat(
                        ofKind(docs, "ScheduledBackup").stream(), ofKind(docs, "Backup").stream())
                .toList()) {
            Optional<Map<String, Object>> cluster = find(docs, "Cluster", str(b, "spec", "cluster", "name"));
            if (cluster.isEmpty()) {
                problems.add(id(b) + ": backs up " + str(b, "spec", "cluster", "name") + ", which is no Cluster");
            } else if (!"plugin".equals(str(b, "spec", "method"))
                    || !BARMAN_PLUGIN.equals(str(b, "spec", "pluginConfiguration", "name"))) {
                problems.add(id(b) + ": method " + str(b, "spec", "method") + "; " + id(cluster.get())
                        + " archives through the " + BARMAN_PLUGIN + " plugin");
            }
            boolean scheduled = "ScheduledBackup".equals(b.get("kind"));
            if (scheduled
                    && (str(b, "spec", "schedule") == null
                            || str(b, "spec", "schedule").trim().split("\\s+").length != 6)) {
                problems.add(id(b) + ": schedule " + str(b, "spec", "schedule")
                        + " needs six fields (the operator's cron starts with seconds)");
            }
        }
        if (ofKind(docs, "ScheduledBackup").isEmpty()) {
            problems.add("no ScheduledBackup");
        }
        for (Map<String, Object> store : ofKind(docs, "ObjectStore")) {
            Map<String, Object> creds = map(store, "spec", "configuration", "s3Credentials");
            for (String k : List.of("accessKeyId", "secretAccessKey")) {
                problems.addAll(secretKeyExists(id(store), str(creds, k, "name"), str(creds, k, "key")));
            }
        }
        return problems;
    }

    List<String> cluster(Map<String, Object> cl, List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        String instancesText = str(cl, "spec", "instances");
        int instances = instancesText == null ? 1 : Integer.parseInt(instancesText);
        if (instances != 3) {
            problems.add(id(cl) + ": " + instances + " instances; a primary and two standbys (3) are needed so that "
                    + "one standby can fail while commits still reach another");
        }
        Map<String, Object> sync = map(cl, "spec", "postgresql", "synchronous");
        String legacyMin = str(cl, "spec", "minSyncReplicas");
        if (!sync.isEmpty()) {
            int number = Integer.parseInt(Objects.toString(str(sync, "number"), "0"));
            if (!Set.of("any", "first").contains(str(sync, "method"))) {
                problems.add(id(cl) + ": synchronous.method " + str(sync, "method") + " is neither any nor first");
            }
            if (number < 1 || number >= instances) {
                problems.add(id(cl) + ": synchronous.number " + number + "; at least 1 and fewer than the " + instances
                        + " instances");
            }
            if ("preferred".equals(str(sync, "dataDurability"))) {
                problems.add(id(cl) + ": synchronous.dataDurability preferred lets the primary commit alone when "
                        + "standbys are missing, and a failover can then lose committed payments; use required");
            }
        } else if (legacyMin == null || Integer.parseInt(legacyMin) < 1) {
            problems.add(id(cl) + ": no synchronous replication (spec.postgresql.synchronous or minSyncReplicas >= 1): "
                    + "a failover could lose committed payments");
        }
        boolean restored = !map(cl, "spec", "bootstrap", "recovery").isEmpty();
        Map<String, Object> initdb = map(cl, "spec", "bootstrap", "initdb");
        if (!restored && (str(initdb, "database") == null || str(initdb, "owner") == null)) {
            problems.add(id(cl) + ": bootstrap.initdb needs database and owner");
        }
        if (!restored && str(initdb, "secret", "name") != null) {
            problems.addAll(secretKeyExists(id(cl), str(initdb, "secret", "name"), "password"));
        }
        problems.addAll(requestsAndLimits(id(cl), map(cl, "spec", "resources")));
        Optional<Object> archiver = list(cl, "spec", "plugins").stream()
                .filter(p -> BARMAN_PLUGIN.equals(str(p, "name")) && "true".equals(str(p, "isWALArchiver")))
                .findFirst();
        if (archiver.isEmpty()) {
            problems.add(id(cl) + ": no WAL archiving (plugin " + BARMAN_PLUGIN + " with isWALArchiver: true), "
                    + "so no point-in-time recovery");
        } else {
            String store = str(archiver.get(), "parameters", "barmanObjectName");
            if (find(docs, "ObjectStore", store).isEmpty()) {
                problems.add(id(cl) + ": archives to ObjectStore " + store + ", which does not exist");
            }
        }
        return problems;
    }

    /** Placeholders only; the one real value allowed is a role name the Cluster itself fixes. */
    List<String> secretExamples(List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> s : secrets) {
            if (s.containsKey("data")) {
                problems.add(id(s) + ": data (base64) hides what a value is; an example uses stringData");
            }
            map(s, "stringData").forEach((key, value) -> {
                String v = String.valueOf(value);
                boolean roleName = "kubernetes.io/basic-auth".equals(s.get("type"))
                        && key.equals("username")
                        && ofKind(docs, "Cluster").stream()
                                .anyMatch(cl -> name(s).equals(str(cl, "spec", "bootstrap", "initdb", "secret", "name"))
                                        && v.equals(str(cl, "spec", "bootstrap", "initdb", "owner")));
                if (!v.equals(PLACEHOLDER) && !roleName) {
                    problems.add(id(s) + ": " + key + " is '" + v + "', not the placeholder " + PLACEHOLDER);
                }
            });
        }
        return problems;
    }

    private List<String> secretKeyExists(String where, String secret, String key) {
        return K8s.secretKeyExists(secrets, where, secret, key);
    }
}
