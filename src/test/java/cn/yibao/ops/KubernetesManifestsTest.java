package cn.yibao.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes manifests (k8s/) and the Dockerfiles (src/main/docker) agree with the service:
 * every YAML file is parsed, each overlay is rendered as `kubectl apply -k` would, and the checks
 * of {@link ManifestChecker} run against the service's own application.properties and pom.xml.
 * ManifestCheckerTest shows that each check fails on a broken manifest.
 */
class KubernetesManifestsTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path K8S = PROJECT.resolve("k8s");
    static final ServiceFacts FACTS = ServiceFacts.read(PROJECT);
    static final List<Path> YAML = files(K8S, ".yaml");
    static final List<Map<String, Object>> ALL_DOCS =
            YAML.stream().flatMap(f -> Docs.load(f).stream()).toList();
    static final List<Map<String, Object>> SECRETS = YAML.stream()
            .filter(f -> f.getFileName().toString().endsWith(".example.yaml"))
            .flatMap(f -> Docs.load(f).stream())
            .filter(d -> "Secret".equals(d.get("kind")))
            .toList();
    static final Map<String, Dockerfile> DOCKERFILES = dockerfiles();
    static final ManifestChecker CHECKER = new ManifestChecker(FACTS, DOCKERFILES, SECRETS);

    static Stream<String> overlays() {
        return Stream.of("jvm", "native");
    }

    static List<Map<String, Object>> render(String overlay) {
        return Kustomize.render(K8S.resolve("overlays").resolve(overlay));
    }

    @Test
    void the_facts_are_read_from_the_services_own_files() {
        assertThat(FACTS.httpPort()).isEqualTo(8080);
        assertThat(FACTS.healthPort()).isEqualTo(8080);
        assertThat(List.of(FACTS.startedPath(), FACTS.livePath(), FACTS.readyPath()))
                .containsExactly("/q/health/started", "/q/health/live", "/q/health/ready");
        assertThat(FACTS.jdbcMaxSize()).isEqualTo(8);
        assertThat(FACTS.inputsOf("quarkus.datasource.jdbc.url"))
                .containsExactlyInAnyOrder("YIBAO_DB_URL", "QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(FACTS.configInputs())
                .contains(
                        "YIBAO_DB_USER",
                        "YIBAO_DB_PASSWORD",
                        "YIBAO_PII_ENCRYPTION_KEY",
                        "YIBAO_PII_HASH_KEY",
                        "QUARKUS_DATASOURCE_JDBC_MAX_SIZE")
                // test-profile only: production never reads it
                .doesNotContain("YIBAO_TEST_DB_URL");
        assertThat(FACTS.finalName()).matches("yibao-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void every_yaml_file_under_k8s_is_a_kubernetes_document() {
        // base: 10 files with the secret example; two overlays of 2; the drill's 2
        assertThat(YAML).hasSizeGreaterThanOrEqualTo(16);
        for (Path f : YAML) {
            List<Map<String, Object>> docs = Docs.load(f);
            assertThat(docs).as("%s has a document", f).isNotEmpty();
            for (Map<String, Object> d : docs) {
                assertThat(d).as("%s: a document with apiVersion and kind", f).containsKeys("apiVersion", "kind");
            }
        }
    }

    @Test
    void kustomizations_name_only_existing_files_and_leave_no_manifest_unused() {
        assertThat(BuildChecks.kustomizations(K8S)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void each_overlay_renders_the_service_its_scaling_and_its_database(String overlay) {
        List<Map<String, Object>> docs = render(overlay);
        Map<String, Integer> kinds = new TreeMap<>();
        docs.forEach(d -> kinds.merge(Docs.kind(d), 1, Integer::sum));
        assertThat(kinds)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Deployment", 1,
                        "Service", 1,
                        "HorizontalPodAutoscaler", 1,
                        "PodDisruptionBudget", 1,
                        "ConfigMap", 1,
                        "Cluster", 1,
                        "Pooler", 1,
                        "ObjectStore", 1,
                        "ScheduledBackup", 1));
        assertThat(docs).allSatisfy(d -> assertThat(Docs.str(d, "metadata", "namespace"))
                .isEqualTo("yibao"));
        Map<String, Object> deployment = Docs.ofKind(docs, "Deployment").get(0);
        assertThat(Docs.str(K8s.containers(deployment).get(0), "image"))
                .isEqualTo("yibao-" + overlay + ":0.1.0-SNAPSHOT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void the_pods_listen_and_are_probed_where_the_service_serves(String overlay) {
        List<Map<String, Object>> docs = render(overlay);
        Map<String, Object> d = Docs.ofKind(docs, "Deployment").get(0);
        List<String> problems = new ArrayList<>(CHECKER.pods().ports(d, docs));
        problems.addAll(CHECKER.pods().probes(d, docs));
        problems.addAll(CHECKER.pods().services(docs));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void autoscaler_and_disruption_budget_act_on_the_deployment(String overlay) {
        assertThat(CHECKER.pods().scaling(render(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void every_variable_the_pods_get_is_a_setting_the_service_reads(String overlay) {
        List<Map<String, Object>> docs = render(overlay);
        List<String> problems = new ArrayList<>(CHECKER.pods().unusedConfigMaps(docs));
        Docs.ofKind(docs, "Deployment")
                .forEach(d -> problems.addAll(CHECKER.settings().environment(d, docs)));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void containers_have_requests_and_limits_and_a_heap_that_fits_under_the_limit(String overlay) {
        List<Map<String, Object>> docs = render(overlay);
        List<String> problems = new ArrayList<>();
        Docs.ofKind(docs, "Deployment").forEach(d -> {
            problems.addAll(CHECKER.pods().resources(d));
            problems.addAll(CHECKER.settings().heap(d, docs));
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void pods_run_as_the_image_user_with_no_root_no_capabilities_and_a_read_only_root(String overlay) {
        List<String> problems = new ArrayList<>();
        Docs.ofKind(render(overlay), "Deployment").forEach(d -> {
            problems.addAll(CHECKER.pods().security(d));
            problems.addAll(CHECKER.pods().images(d));
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void the_database_url_goes_through_the_pooler_into_the_clusters_database(String overlay) {
        List<Map<String, Object>> docs = render(overlay);
        List<String> problems = new ArrayList<>();
        Docs.ofKind(docs, "Deployment")
                .forEach(d -> problems.addAll(CHECKER.settings().databaseUrl(d, docs)));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void the_whole_overlay_passes_every_check(String overlay) {
        assertThat(CHECKER.app(render(overlay))).isEmpty();
    }

    @Test
    void the_native_pod_gets_no_jvm_options_and_less_than_half_the_jvm_pods_memory() {
        Map<String, Object> jvm =
                K8s.containers(Docs.ofKind(render("jvm"), "Deployment").get(0)).get(0);
        Map<String, Object> nat = K8s.containers(
                        Docs.ofKind(render("native"), "Deployment").get(0))
                .get(0);
        assertThat(Docs.list(jvm, "env"))
                .anySatisfy(e -> assertThat(Docs.str(e, "name")).isEqualTo("JDK_JAVA_OPTIONS"));
        assertThat(Docs.list(nat, "env"))
                .noneSatisfy(e -> assertThat(Docs.str(e, "name")).isIn(SettingsChecks.JAVA_LAUNCHER_VARIABLES));
        assertThat(Docs.list(nat, "args")).containsExactly("-Xmx160m");
        double jvmMemory = K8s.quantity(Docs.str(jvm, "resources", "limits", "memory"));
        double nativeMemory = K8s.quantity(Docs.str(nat, "resources", "limits", "memory"));
        assertThat(jvmMemory).isEqualTo(1024d * 1024 * 1024);
        assertThat(nativeMemory).isEqualTo(320d * 1024 * 1024).isLessThan(jvmMemory / 2);
    }

    @Test
    void postgres_has_three_instances_synchronous_replication_a_pooler_and_archived_backups() {
        assertThat(CHECKER.database().database(ALL_DOCS)).isEmpty();
        Map<String, Object> cluster = K8s.find(ALL_DOCS, "Cluster", "yibao-db").orElseThrow();
        assertThat(Docs.map(cluster, "spec", "postgresql", "synchronous"))
                .containsEntry("method", "any")
                .containsEntry("number", 1)
                .containsEntry("dataDurability", "required")
                .containsEntry("failoverQuorum", true);
        Map<String, Object> pooler =
                K8s.find(ALL_DOCS, "Pooler", "yibao-db-pooler-rw").orElseThrow();
        assertThat(Docs.str(pooler, "spec", "cluster", "name")).isEqualTo("yibao-db");
        assertThat(Docs.str(pooler, "spec", "pgbouncer", "poolMode")).isEqualTo("transaction");
    }

    @Test
    void the_secret_example_holds_placeholders_only() {
        assertThat(SECRETS)
                .extracting(Docs::name)
                .containsExactlyInAnyOrder("yibao", "yibao-db-owner", "yibao-backup-s3");
        assertThat(CHECKER.database().secretExamples(ALL_DOCS)).isEmpty();
    }

    @Test
    void dockerfiles_copy_what_the_build_writes_and_run_as_a_non_root_user() {
        assertThat(DOCKERFILES).containsOnlyKeys("jvm", "native");
        List<String> problems = new ArrayList<>();
        DOCKERFILES.values().forEach(f -> problems.addAll(CHECKER.build().dockerfile(f)));
        assertThat(problems).isEmpty();
        assertThat(DOCKERFILES.get("jvm").runsJava()).isTrue();
        assertThat(DOCKERFILES.get("native").copySources()).containsExactly("target/*-runner");
    }

    @Test
    void every_image_in_the_manifests_is_a_short_name_without_a_registry_host() {
        List<String> images = new ArrayList<>();
        ALL_DOCS.forEach(d -> collectImages(d, images));
        YAML.stream()
                .filter(f -> f.startsWith(K8S.resolve("overlays")))
                .filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                .forEach(
                        f -> Docs.list(Docs.load(f).get(0), "images").forEach(i -> images.add(Docs.str(i, "newName"))));
        assertThat(images).contains("yibao", "yibao-jvm", "yibao-native");
        assertThat(images).noneMatch(K8s::hasRegistryHost);
    }

    @Test
    void the_service_keeps_no_session_state_on_a_pooled_connection() {
        assertThat(BuildChecks.sessionState(PROJECT.resolve("src/main/java"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void collectImages(Object node, List<String> images) {
        if (node instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> {
                if ((k.equals("image") || k.equals("imageName")) && v instanceof String s) {
                    images.add(s);
                } else {
                    collectImages(v, images);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(e -> collectImages(e, images));
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Dockerfile> dockerfiles() {
        Map<String, Dockerfile> out = new TreeMap<>();
        for (Path f : files(PROJECT.resolve("src/main/docker"), "")) {
            String name = f.getFileName().toString();
            if (name.startsWith("Dockerfile.")) {
                out.put(name.substring("Dockerfile.".length()), Dockerfile.read(f));
            }
        }
        return out;
    }
}
