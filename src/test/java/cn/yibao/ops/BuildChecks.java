package cn.yibao.ops;

import static cn.yibao.ops.K8s.hasRegistryHost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's side: Dockerfiles that copy what the build writes and run as a non-root user, sources
 * that keep no session state on a pooled connection, kustomizations that name existing files.
 */
final class BuildChecks {

    /** What a Quarkus build leaves in target/quarkus-app (fast-jar and aot-jar layouts alike). */
    static final Set<String> QUARKUS_APP_ENTRIES = Set.of("lib/", "app/", "quarkus/", "quarkus-run.jar");

    private final ServiceFacts facts;

    BuildChecks(ServiceFacts facts) {
        this.facts = facts;
    }

    /** What a Dockerfile copies must be what the build writes; its port and user are the pod's. */
    List<String> dockerfile(Dockerfile f) {
        List<String> problems = new ArrayList<>();
        for (String from : f.all("FROM")) {
            String image = from.split("\\s+")[0];
            if (hasRegistryHost(image)) {
                problems.add(f.name() + ": FROM " + image + " names a registry host; use the short name");
            }
        }
        String runner = "target/" + facts.finalName() + "-runner";
        for (String source : f.copySources()) {
            boolean quarkusApp = source.startsWith("target/quarkus-app/")
                    && QUARKUS_APP_ENTRIES.contains(source.substring("target/quarkus-app/".length()));
            boolean nativeRunner =
                    FileSystems.getDefault().getPathMatcher("glob:" + source).matches(Path.of(runner));
            if (!quarkusApp && !nativeRunner) {
                problems.add(f.name() + ": COPY " + source + " is not something the build writes (" + runner
                        + ", or target/quarkus-app/ " + QUARKUS_APP_ENTRIES + ")");
            }
        }
        if (!f.all("EXPOSE").contains(String.valueOf(facts.httpPort()))) {
            problems.add(f.name() + ": EXPOSE " + f.all("EXPOSE") + ", but quarkus.http.port is " + facts.httpPort());
        }
        String user = f.last("USER").map(u -> u.split(":")[0]).orElse("");
        if (!user.matches("\\d+") || user.equals("0")) {
            problems.add(f.name() + ": USER '" + user + "'; a numeric non-root user (the pod's runAsUser) is needed");
        }
        if (f.runsJava()) {
            String cache = f.entrypoint().stream()
                    .filter(w -> w.startsWith("-XX:AOTCache="))
                    .map(w -> w.substring("-XX:AOTCache=".length()))
                    .findFirst()
                    .orElse(null);
            boolean trained = cache != null
                    && f.all("RUN").stream().anyMatch(r -> r.contains("-XX:AOTCacheOutput=" + cache + " "));
            if (!trained) {
                problems.add(f.name() + ": the entrypoint uses AOT cache " + cache + ", but no RUN trains it in this "
                        + "image with -XX:AOTCacheOutput=" + cache
                        + " (a cache only works with the JVM that wrote it)");
            }
        }
        return problems;
    }

    private static final Pattern SESSION_STATE = Pattern.compile(
            "pg_(try_)?advisory_lock(_shared)?\\s*\\(|\\bLISTEN\\s|CREATE\\s+(TEMP|TEMPORARY)\\s+TABLE|"
                    + "SET\\s+SESSION\\s|set_config\\s*\\([^)]*,\\s*false\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Session state on a connection breaks under PgBouncer's transaction pooling: the next
     * transaction may run on another server connection. Reports each use in these sources.
     */
    static List<String> sessionState(Path sources) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (SESSION_STATE.matcher(lines.get(i)).find()) {
                        problems.add(f + ":" + (i + 1) + ": session-level state ("
                                + lines.get(i).strip()
                                + "); under transaction pooling use the transaction-scoped form, e.g. "
                                + "pg_advisory_xact_lock");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /**
     * Every resource and patch a kustomization names exists, and every manifest next to a
     * kustomization is used by one (an *.example.yaml is deliberately not).
     */
    static List<String> kustomizations(Path k8s) {
        List<String> problems = new ArrayList<>();
        List<Path> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(k8s)) {
            List<Path> all = files.sorted().toList();
            for (Path k : all.stream()
                    .filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .toList()) {
                for (Path ref : Kustomize.references(k.getParent())) {
                    used.add(ref);
                    boolean exists = Files.isRegularFile(ref)
                            || (Files.isDirectory(ref) && Files.isRegularFile(Kustomize.kustomizationFile(ref)));
                    if (!exists) {
                        problems.add(k8s.relativize(k) + ": names " + k8s.relativize(ref)
                                + ", which is neither a file nor a directory with a kustomization.yaml");
                    }
                }
            }
            for (Path y : all) {
                Path dir = y.getParent();
                String file = y.getFileName().toString();
                boolean manifest = file.endsWith(".yaml") && !file.equals("kustomization.yaml");
                if (manifest
                        && Files.isRegularFile(Kustomize.kustomizationFile(dir))
                        && !file.endsWith(".example.yaml")
                        && !used.contains(y.normalize())) {
                    problems.add(k8s.relativize(y) + ": no kustomization.yaml uses it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }
}
