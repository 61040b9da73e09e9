package cn.yibao.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of {@link ManifestChecker} fail, with a message naming the fault, on broken
 * manifests: a small consistent set (a made-up service "shop") passes every check, and each test
 * breaks one thing in it.
 */
class ManifestCheckerTest {

    static final String PROPERTIES =
            """
            quarkus.http.port=8080
            quarkus.datasource.jdbc.url=${DB_URL:jdbc:postgresql://localhost/shop}
            quarkus.datasource.password=${DB_PASSWORD:shop}
            quarkus.datasource.jdbc.max-size=8
            shop.api-key=${API_KEY}
            %test.shop.test-only=${TEST_ONLY}
            """;

    static final String MANIFESTS =
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              template:
                metadata: {labels: {app: api}}
                spec:
                  securityContext: {runAsNonRoot: true, runAsUser: 185}
                  containers:
                    - name: api
                      image: shop-jvm:1
                      ports: [{name: http, containerPort: 8080}]
                      envFrom: [{configMapRef: {name: api}}, {secretRef: {name: api}}]
                      env:
                        - {name: JDK_JAVA_OPTIONS, value: "-XX:MaxRAMPercentage=50"}
                        - name: DB_PASSWORD
                          valueFrom: {secretKeyRef: {name: db-owner, key: password}}
                      resources: {requests: {cpu: "1", memory: 1Gi}, limits: {cpu: "2", memory: 1Gi}}
                      startupProbe: {httpGet: {path: /q/health/started, port: http}}
                      livenessProbe: {httpGet: {path: /q/health/live, port: http}}
                      readinessProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities: {drop: [ALL]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: api}
            spec: {selector: {app: api}, ports: [{port: 80, targetPort: http}]}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: api}
            data:
              DB_URL: jdbc:postgresql://db-pooler-rw:5432/shop
              QUARKUS_DATASOURCE_JDBC_MAX_SIZE: "8"
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: api}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
              minReplicas: 2
              maxReplicas: 10
              metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: api}
            spec: {minAvailable: 1, selector: {matchLabels: {app: api}}}
            ---
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: db}
            spec:
              instances: 3
              postgresql: {synchronous: {method: any, number: 1, dataDurability: required}}
              bootstrap: {initdb: {database: shop, owner: shop, secret: {name: db-owner}}}
              resources: {requests: {cpu: "1", memory: 2Gi}, limits: {cpu: "2", memory: 2Gi}}
              plugins:
                - {name: barman-cloud.cloudnative-pg.io, isWALArchiver: true, parameters: {barmanObjectName: store}}
            ---
            apiVersion: postgresql.cnpg.io/v1
            kind: Pooler
            metadata: {name: db-pooler-rw}
            spec:
              cluster: {name: db}
              type: rw
              pgbouncer: {poolMode: transaction, parameters: {max_prepared_statements: "100", max_client_conn: "80"}}
            ---
            apiVersion: barmancloud.cnpg.io/v1
            kind: ObjectStore
            metadata: {name: store}
            spec:
              configuration:
                destinationPath: s3://REPLACE_ME/db
                s3Credentials: {accessKeyId: {name: s3, key: ID}, secretAccessKey: {name: s3, key: KEY}}
            ---
            apiVersion: postgresql.cnpg.io/v1
            kind: ScheduledBackup
            metadata: {name: nightly}
            spec:
              schedule: "0 0 2 * * *"
              cluster: {name: db}
              method: plugin
              pluginConfiguration: {name: barman-cloud.cloudnative-pg.io}
            """;

    static final String SECRETS =
            """
            apiVersion: v1
            kind: Secret
            metadata: {name: api}
            stringData: {API_KEY: REPLACE_ME}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: db-owner}
            type: kubernetes.io/basic-auth
            stringData: {username: shop, password: REPLACE_ME}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: s3}
            stringData: {ID: REPLACE_ME, KEY: REPLACE_ME}
            """;

    static final String DOCKERFILE =
            """
            FROM eclipse-temurin:25-jre
            WORKDIR /deployments
            COPY --chown=185:185 target/quarkus-app/lib/ /deployments/lib/
            COPY --chown=185:185 target/quarkus-app/quarkus-run.jar /deployments/
            COPY --chown=185:185 target/quarkus-app/app/ /deployments/app/
            COPY --chown=185:185 target/quarkus-app/quarkus/ /deployments/quarkus/
            USER 185:185
            # a comment, and a continuation line
            RUN java -XX:AOTCacheOutput=app.aot -Dquarkus.appcds.generate=true -jar quarkus-run.jar \\
             && test -s app.aot
            EXPOSE 8080
            ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "quarkus-run.jar"]
            """;

    static ServiceFacts facts() {
        try {
            Properties p = new Properties();
            p.load(new StringReader(PROPERTIES));
            return ServiceFacts.of(p, "shop-1.0");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ManifestChecker checker(String secrets, String dockerfile) {
        return new ManifestChecker(
                facts(), Map.of("jvm", Dockerfile.parse("Dockerfile.jvm", dockerfile)), Docs.parse(secrets, "secrets"));
    }

    /** Every problem the checks find in these manifests, secrets and Dockerfile. */
    static List<String> problems(String manifests, String secrets, String dockerfile) {
        ManifestChecker checker = checker(secrets, dockerfile);
        List<Map<String, Object>> docs = Docs.parse(manifests, "manifests");
        List<String> problems = new ArrayList<>(checker.app(docs));
        problems.addAll(checker.database().database(docs));
        problems.addAll(checker.database().secretExamples(docs));
        problems.addAll(checker.build().dockerfile(Dockerfile.parse("Dockerfile.jvm", dockerfile)));
        return problems;
    }

    /** The manifests with one text replaced; the text must occur exactly once. */
    static String replaced(String text, String from, String to) {
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1))
                .as("'%s' occurs once", from)
                .hasSize(2);
        return text.replace(from, to);
    }

    static List<String> manifestsWith(String from, String to) {
        return problems(replaced(MANIFESTS, from, to), SECRETS, DOCKERFILE);
    }

    @Test
    void the_consistent_set_has_no_problems() {
        assertThat(problems(MANIFESTS, SECRETS, DOCKERFILE)).isEmpty();
    }

    @Test
    void a_container_port_other_than_quarkus_http_port_is_reported() {
        assertThat(manifestsWith("containerPort: 8080", "containerPort: 8081"))
                .contains("Deployment api, container api: no containerPort 8080 (quarkus.http.port; the ports are "
                        + "[{name=http, containerPort=8081}])")
                // the probe on port 8080 now points at nothing
                .anyMatch(p -> p.contains("readinessProbe port 8080 is not a port of the container"));
    }

    @Test
    void a_probe_on_a_path_that_is_no_health_endpoint_is_reported() {
        assertThat(manifestsWith("path: /q/health/live", "path: /health"))
                .containsExactly("Deployment api, container api: livenessProbe asks /health, but the service's health "
                        + "endpoint is /q/health/live");
    }

    @Test
    void a_missing_startup_probe_is_reported() {
        assertThat(manifestsWith("startupProbe: {httpGet: {path: /q/health/started, port: http}}", "stdin: false"))
                .containsExactly("Deployment api, container api: no startupProbe with httpGet on /q/health/started");
    }

    @Test
    void a_service_whose_target_port_no_container_has_is_reported() {
        assertThat(manifestsWith("targetPort: http", "targetPort: web"))
                .containsExactly(
                        "Service api: targetPort web is no port (name or number) of Deployment api's containers");
    }

    @Test
    void an_autoscaler_aimed_elsewhere_and_a_budget_selecting_nothing_are_reported() {
        String broken = replaced(
                replaced(MANIFESTS, "kind: Deployment, name: api}", "kind: Deployment, name: web}"),
                "matchLabels: {app: api}",
                "matchLabels: {app: web}");
        assertThat(problems(broken, SECRETS, DOCKERFILE))
                .contains(
                        "HorizontalPodAutoscaler api: scaleTargetRef {apiVersion=apps/v1, kind=Deployment, name=web} "
                                + "is no Deployment here",
                        "PodDisruptionBudget api: matchLabels {app=web} select the pods of no Deployment");
    }

    @Test
    void a_budget_that_blocks_every_drain_is_reported() {
        assertThat(manifestsWith("minAvailable: 1", "minAvailable: 2"))
                .containsExactly("PodDisruptionBudget api: minAvailable 2 is not below the autoscaler's minReplicas 2, "
                        + "so no node could ever be drained");
    }

    @Test
    void a_configmap_key_the_service_does_not_read_is_reported() {
        assertThat(manifestsWith("QUARKUS_DATASOURCE_JDBC_MAX_SIZE: \"8\"", "DB_POOL: \"8\""))
                .containsExactly(
                        "Deployment api, container api: ConfigMap api sets DB_POOL, which the service does not "
                                + "read: application.properties has no ${DB_POOL} placeholder and no property whose "
                                + "environment form is DB_POOL");
    }

    @Test
    void a_test_profile_setting_is_not_a_production_input() {
        assertThat(manifestsWith("QUARKUS_DATASOURCE_JDBC_MAX_SIZE: \"8\"", "TEST_ONLY: x"))
                .singleElement()
                .asString()
                .contains("ConfigMap api sets TEST_ONLY, which the service does not read");
    }

    @Test
    void a_secret_key_the_example_lacks_is_reported() {
        assertThat(manifestsWith("key: password}", "key: pass}"))
                .contains("Deployment api, container api: uses key pass of Secret db-owner, which has only "
                        + "[username, password]");
    }

    @Test
    void a_secret_example_with_a_real_looking_value_is_reported() {
        String secrets = replaced(SECRETS, "{API_KEY: REPLACE_ME}", "{API_KEY: c2VjcmV0LWtleQ==}");
        assertThat(problems(MANIFESTS, secrets, DOCKERFILE))
                .containsExactly("Secret api: API_KEY is 'c2VjcmV0LWtleQ==', not the placeholder REPLACE_ME");
    }

    @Test
    void a_basic_auth_username_other_than_the_clusters_owner_is_reported() {
        String secrets = replaced(SECRETS, "username: shop", "username: admin");
        assertThat(problems(MANIFESTS, secrets, DOCKERFILE))
                .containsExactly("Secret db-owner: username is 'admin', not the placeholder REPLACE_ME");
    }

    @Test
    void a_container_without_a_memory_limit_is_reported() {
        assertThat(manifestsWith("limits: {cpu: \"2\", memory: 1Gi}", "limits: {cpu: \"2\"}"))
                .containsExactly("Deployment api, container api: memory needs both a request and a limit (requests "
                        + "1Gi, limits null)");
    }

    @Test
    void a_heap_leaving_too_little_under_the_memory_limit_is_reported() {
        // 75 % of 1 GiB = 768 MiB of heap, 256 MiB left for everything else: below the 384 MiB floor.
        assertThat(manifestsWith("-XX:MaxRAMPercentage=50", "-XX:MaxRAMPercentage=75"))
                .containsExactly("Deployment api, container api: heap -XX:MaxRAMPercentage=75 = 768 MiB leaves 256 MiB "
                        + "of the 1Gi limit outside the heap; at least 384 MiB is needed");
        // -Xmx wins over the percentage, as in the JVM
        assertThat(manifestsWith("-XX:MaxRAMPercentage=50", "-XX:MaxRAMPercentage=10 -Xmx900m"))
                .singleElement()
                .asString()
                .contains("heap -Xmx900m = 900 MiB leaves 124 MiB");
    }

    @Test
    void a_jvm_without_heap_options_is_reported() {
        assertThat(manifestsWith("value: \"-XX:MaxRAMPercentage=50\"", "value: \"-XX:+ExitOnOutOfMemoryError\""))
                .containsExactly("Deployment api, container api: no -Xmx or -XX:MaxRAMPercentage; the JVM would size "
                        + "its heap from its own defaults");
    }

    @Test
    void jvm_options_for_an_image_without_a_jvm_are_reported() {
        String nativeDockerfile = replaced(
                DOCKERFILE,
                "ENTRYPOINT [\"java\", \"-XX:AOTCache=app.aot\", \"-jar\", \"quarkus-run.jar\"]",
                "ENTRYPOINT [\"./application\"]");
        assertThat(problems(MANIFESTS, SECRETS, nativeDockerfile))
                .contains(
                        "Deployment api, container api: JVM options [-XX:MaxRAMPercentage=50] for an image that runs no JVM")
                .anyMatch(p -> p.contains("sets JDK_JAVA_OPTIONS, which the service does not read"));
    }

    @Test
    void a_writable_root_file_system_and_a_root_user_are_reported() {
        String broken = replaced(
                replaced(MANIFESTS, "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"),
                "runAsUser: 185",
                "runAsUser: 0");
        assertThat(problems(broken, SECRETS, DOCKERFILE))
                .containsExactlyInAnyOrder(
                        "Deployment api, container api: readOnlyRootFilesystem is not true",
                        "Deployment api, container api: runAsUser 0; a numeric non-root user lets the kubelet enforce "
                                + "runAsNonRoot");
    }

    @Test
    void an_image_with_a_registry_host_or_without_a_dockerfile_is_reported() {
        assertThat(manifestsWith("image: shop-jvm:1", "image: registry.example:5000/shop-jvm:1"))
                .contains(
                        "Deployment api, container api: image registry.example:5000/shop-jvm:1 names a registry host");
        assertThat(manifestsWith("image: shop-jvm:1", "image: shop-wasm:1"))
                .contains("Deployment api, container api: image shop-wasm:1 is built by no Dockerfile in "
                        + "src/main/docker (image yibao-<variant> is built by Dockerfile.<variant>; there are [jvm])");
    }

    @Test
    void a_cluster_of_one_instance_without_synchronous_replication_is_reported() {
        String broken = replaced(
                replaced(MANIFESTS, "instances: 3", "instances: 1"),
                "postgresql: {synchronous: {method: any, number: 1, dataDurability: required}}",
                "postgresql: {parameters: {max_connections: \"100\"}}");
        assertThat(problems(broken, SECRETS, DOCKERFILE))
                .containsExactlyInAnyOrder(
                        "Cluster db: 1 instances; a primary and two standbys (3) are needed so that one standby can "
                                + "fail while commits still reach another",
                        "Cluster db: no synchronous replication (spec.postgresql.synchronous or minSyncReplicas >= 1): "
                                + "a failover could lose committed payments");
    }

    @Test
    void preferred_durability_is_reported_and_the_legacy_min_sync_replicas_is_accepted() {
        assertThat(manifestsWith("dataDurability: required", "dataDurability: preferred"))
                .containsExactly("Cluster db: synchronous.dataDurability preferred lets the primary commit alone when "
                        + "standbys are missing, and a failover can then lose committed payments; use required");
        assertThat(manifestsWith(
                        "postgresql: {synchronous: {method: any, number: 1, dataDurability: required}}",
                        "minSyncReplicas: 1"))
                .isEmpty();
    }

    @Test
    void a_cluster_without_wal_archiving_is_reported() {
        assertThat(manifestsWith("isWALArchiver: true", "isWALArchiver: false"))
                .containsExactly("Cluster db: no WAL archiving (plugin barman-cloud.cloudnative-pg.io with "
                        + "isWALArchiver: true), so no point-in-time recovery");
    }

    @Test
    void a_database_url_that_bypasses_the_pooler_is_reported() {
        assertThat(manifestsWith("//db-pooler-rw:5432/shop", "//db-rw:5432/shop"))
                .containsExactly(
                        "Deployment api, container api: database URL jdbc:postgresql://db-rw:5432/shop goes to "
                                + "db-rw, which is no Pooler's Service (poolers: [db-pooler-rw])");
        assertThat(manifestsWith("//db-pooler-rw:5432/shop", "//db-pooler-rw:5432/orders"))
                .containsExactly("Deployment api, container api: database URL names database orders, but Cluster db "
                        + "creates shop");
    }

    @Test
    void transaction_pooling_without_prepared_statement_support_is_reported() {
        String untracked = "parameters: {max_client_conn: \"80\"}}";
        assertThat(manifestsWith("parameters: {max_prepared_statements: \"100\", max_client_conn: \"80\"}}", untracked))
                .containsExactly("Deployment api, container api: Pooler db-pooler-rw pools by transaction, but neither "
                        + "does PgBouncer track prepared statements (max_prepared_statements > 0) nor does the URL turn "
                        + "them off (prepareThreshold=0): statements prepared on one server connection would be "
                        + "missing on the next");
        // the other remedy: no server-side prepared statements at all
        String both = replaced(
                replaced(MANIFESTS, "max_prepared_statements: \"100\", ", ""),
                "5432/shop",
                "5432/shop?prepareThreshold=0");
        assertThat(problems(both, SECRETS, DOCKERFILE)).isEmpty();
    }

    @Test
    void more_client_connections_than_the_pooler_accepts_are_reported() {
        // 10 pods × 8 connections = 80 fit; 11 do not
        assertThat(manifestsWith("maxReplicas: 10", "maxReplicas: 11"))
                .containsExactly("Deployment api, container api: up to 11 pods × 8 connections = 88, above Pooler "
                        + "db-pooler-rw's max_client_conn 80");
    }

    @Test
    void a_dockerfile_copying_what_the_build_does_not_write_is_reported() {
        String broken = replaced(DOCKERFILE, "target/quarkus-app/quarkus-run.jar", "target/yibao.jar");
        assertThat(checker(SECRETS, broken).build().dockerfile(Dockerfile.parse("Dockerfile.jvm", broken)))
                .containsExactly("Dockerfile.jvm: COPY target/yibao.jar is not something the build writes "
                        + "(target/shop-1.0-runner, or target/quarkus-app/ " + BuildChecks.QUARKUS_APP_ENTRIES
                        + ")");
        String runner = "FROM redhat/ubi9-minimal\nCOPY target/*-runner /work/application\nUSER 185\nEXPOSE 8080\n"
                + "ENTRYPOINT [\"./application\"]\n";
        assertThat(checker(SECRETS, runner).build().dockerfile(Dockerfile.parse("Dockerfile.native", runner)))
                .isEmpty();
    }

    @Test
    void a_dockerfile_from_a_registry_host_as_root_without_its_own_aot_cache_is_reported() {
        String broken = replaced(
                replaced(
                        replaced(DOCKERFILE, "FROM eclipse-temurin:25-jre", "FROM registry.example/temurin:25"),
                        "USER 185:185",
                        "USER root"),
                "-XX:AOTCacheOutput=app.aot",
                "-XX:AOTCacheOutput=other.aot");
        assertThat(checker(SECRETS, broken).build().dockerfile(Dockerfile.parse("Dockerfile.jvm", broken)))
                .containsExactly(
                        "Dockerfile.jvm: FROM registry.example/temurin:25 names a registry host; use the short name",
                        "Dockerfile.jvm: USER 'root'; a numeric non-root user (the pod's runAsUser) is needed",
                        "Dockerfile.jvm: the entrypoint uses AOT cache app.aot, but no RUN trains it in this image with "
                                + "-XX:AOTCacheOutput=app.aot (a cache only works with the JVM that wrote it)");
    }

    @Test
    void a_session_level_advisory_lock_in_the_sources_is_reported(@TempDir Path src) throws IOException {
        Path file = src.resolve("Locks.java");
        Files.writeString(
                file,
                """
                class Locks {
                    String ok = "SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))";
                    String bad = "SELECT pg_advisory_lock(42)";
                }
                """);
        assertThat(BuildChecks.sessionState(src))
                .containsExactly(file + ":3: session-level state (String bad = \"SELECT pg_advisory_lock(42)\";); "
                        + "under transaction pooling use the transaction-scoped form, e.g. pg_advisory_xact_lock");
    }

    @Test
    void a_kustomization_naming_a_missing_file_or_leaving_one_unused_is_reported(@TempDir Path k8s) throws IOException {
        Path base = Files.createDirectories(k8s.resolve("base"));
        Files.writeString(
                base.resolve("kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - gone.yaml\n");
        Files.writeString(base.resolve("orphan.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        Files.writeString(base.resolve("secret.example.yaml"), "apiVersion: v1\nkind: Secret\nmetadata: {name: x}\n");
        assertThat(BuildChecks.kustomizations(k8s))
                .containsExactly(
                        "base/kustomization.yaml: names base/gone.yaml, which is neither a file nor a directory with a "
                                + "kustomization.yaml",
                        "base/orphan.yaml: no kustomization.yaml uses it");
    }

    @Test
    void kustomize_merges_containers_and_env_by_name_and_sets_the_image(@TempDir Path k8s) throws IOException {
        Path base = Files.createDirectories(k8s.resolve("base"));
        Path overlay = Files.createDirectories(k8s.resolve("overlay"));
        Files.writeString(
                base.resolve("kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: shop\n"
                        + "resources: [d.yaml]\n");
        Files.writeString(
                base.resolve("d.yaml"),
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers:
                        - {name: api, image: shop, env: [{name: A, value: "1"}], args: [x]}
                        - {name: side, image: side:2}
                """);
        Files.writeString(
                overlay.resolve("kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../base]\n"
                        + "images: [{name: shop, newName: shop-jvm, newTag: \"3\"}]\npatches: [{path: p.yaml}]\n");
        Files.writeString(
                overlay.resolve("p.yaml"),
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers:
                        - {name: api, env: [{name: B, value: "2"}, {name: A, value: "9"}], args: [y]}
                """);
        Map<String, Object> d = Kustomize.render(overlay).get(0);
        assertThat(Docs.str(d, "metadata", "namespace")).isEqualTo("shop");
        assertThat(Docs.at(d, "spec", "template", "spec", "containers"))
                .isEqualTo(List.of(
                        Map.of(
                                "name",
                                "api",
                                "image",
                                "shop-jvm:3",
                                "env",
                                List.of(Map.of("name", "A", "value", "9"), Map.of("name", "B", "value", "2")),
                                "args",
                                List.of("y")),
                        Map.of("name", "side", "image", "side:2")));
    }

    @Test
    void kustomize_refuses_a_field_it_does_not_render(@TempDir Path k8s) throws IOException {
        Files.writeString(
                k8s.resolve("kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\ncommonLabels: {a: b}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Kustomize.render(k8s))
                .hasMessageContaining("field 'commonLabels' is not one the manifest checks understand");
    }
}
