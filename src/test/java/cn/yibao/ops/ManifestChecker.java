package cn.yibao.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks Kubernetes manifests and Dockerfiles against the service. Each check returns its problems
 * as sentences naming the resource, what it says and what the service needs (empty when fine).
 */
final class ManifestChecker {

    private final PodChecks pods;
    private final SettingsChecks settings;
    private final DatabaseChecks database;
    private final BuildChecks build;

    /**
     * @param dockerfiles by variant: Dockerfile.jvm is "jvm" and builds the image yibao-jvm
     * @param secrets the Secrets of secret.example.yaml: what the pods and the database may use
     */
    ManifestChecker(ServiceFacts facts, Map<String, Dockerfile> dockerfiles, List<Map<String, Object>> secrets) {
        this.pods = new PodChecks(facts, dockerfiles);
        this.settings = new SettingsChecks(facts, dockerfiles, secrets);
        this.database = new DatabaseChecks(secrets);
        this.build = new BuildChecks(facts);
    }

    PodChecks pods() {
        return pods;
    }

    SettingsChecks settings() {
        return settings;
    }

    DatabaseChecks database() {
        return database;
    }

    BuildChecks build() {
        return build;
    }

    /** Every check of one rendered overlay (what `kubectl apply -k` would apply). */
    List<String> app(List<Map<String, Object>> docs) {
        List<Map<String, Object>> deployments = Docs.ofKind(docs, "Deployment");
        if (deployments.isEmpty()) {
            return List.of("no Deployment to check");
        }
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> d : deployments) {
            problems.addAll(pods.ports(d, docs));
            problems.addAll(pods.probes(d, docs));
            problems.addAll(settings.environment(d, docs));
            problems.addAll(pods.resources(d));
            problems.addAll(settings.heap(d, docs));
            problems.addAll(pods.security(d));
            problems.addAll(pods.images(d));
            problems.addAll(settings.databaseUrl(d, docs));
        }
        problems.addAll(pods.services(docs));
        problems.addAll(pods.scaling(docs));
        problems.addAll(pods.unusedConfigMaps(docs));
        return problems;
    }
}
