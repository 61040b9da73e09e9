package cn.yibao.ops;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the manifests must agree with, read from the service's own files: the HTTP port and health
 * endpoints (application.properties), the settings it reads from the environment, and the name of
 * the build's artifacts (pom.xml).
 */
record ServiceFacts(
        int httpPort,
        int healthPort,
        String startedPath,
        String livePath,
        String readyPath,
        int jdbcMaxSize,
        Set<String> configInputs,
        Map<String, Set<String>> inputsByProperty,
        String finalName) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)(?::[^}]*)?}");

    static ServiceFacts read(Path projectDir) {
        try {
            Properties props = new Properties();
            props.load(new StringReader(
                    Files.readString(projectDir.resolve("src/main/resources/application.properties"))));
            return of(props, finalName(projectDir.resolve("pom.xml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The facts of these properties. A setting counts as an input in production when it is a
     * {@code ${VAR}} placeholder of a property production reads (no profile, or %prod), or the
     * environment form (MicroProfile Config: non-alphanumerics to _, upper case) of such a property.
     * {@code quarkus.test.*} is the test launcher's, never the service's.
     */
    static ServiceFacts of(Properties props, String finalName) {
        Set<String> inputs = new TreeSet<>();
        Map<String, Set<String>> byProperty = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            if (key.startsWith("quarkus.test.")) {
                continue; // read by the test launcher (e.g. the integration tests' environment), not the service
            }
            String property = key.replaceFirst("^%prod\\.", "");
            String envForm = property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
            Set<String> ofProperty = byProperty.computeIfAbsent(property, p -> new TreeSet<>());
            ofProperty.add(envForm);
            Matcher m = PLACEHOLDER.matcher(props.getProperty(key));
            while (m.find()) {
                ofProperty.add(m.group(1));
            }
            inputs.addAll(ofProperty);
        }
        int httpPort = intValue(props, "quarkus.http.port", 8080);
        boolean management = Boolean.parseBoolean(resolved(props, "quarkus.management.enabled", "false"));
        String root = management
                ? resolved(props, "quarkus.management.root-path", "q")
                : resolved(props, "quarkus.http.non-application-root-path", "q");
        String health = "/" + trim(root) + "/" + trim(resolved(props, "quarkus.smallrye-health.root-path", "health"));
        return new ServiceFacts(
                httpPort,
                management ? intValue(props, "quarkus.management.port", 9000) : httpPort,
                health + "/" + trim(resolved(props, "quarkus.smallrye-health.startup-path", "started")),
                health + "/" + trim(resolved(props, "quarkus.smallrye-health.liveness-path", "live")),
                health + "/" + trim(resolved(props, "quarkus.smallrye-health.readiness-path", "ready")),
                intValue(props, "quarkus.datasource.jdbc.max-size", 20),
                inputs,
                byProperty,
                finalName);
    }

    /** The environment variables that set {@code property}: its environment form and its placeholders. */
    Set<String> inputsOf(String property) {
        return inputsByProperty.getOrDefault(property, Set.of());
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** The production value of a property; a placeholder counts by its default. */
    private static String resolved(Properties props, String key, String fallback) {
        String v = props.getProperty("%prod." + key, props.getProperty(key));
        if (v == null) {
            return fallback;
        }
        Matcher m = Pattern.compile("^\\$\\{[^:}]*:([^}]*)}$").matcher(v.trim());
        return m.matches() ? m.group(1) : v.trim();
    }

    private static int intValue(Properties props, String key, int fallback) {
        return Integer.parseInt(resolved(props, key, String.valueOf(fallback)));
    }

    /** artifactId-version: what Quarkus names target/&lt;finalName&gt;-runner and app/&lt;finalName&gt;.jar. */
    static String finalName(Path pom) {
        try {
            Element project = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(pom.toFile())
                    .getDocumentElement();
            String artifactId = null;
            String version = null;
            String finalName = null;
            for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
                switch (n.getNodeName()) {
                    case "artifactId" -> artifactId = n.getTextContent().trim();
                    case "version" -> version = n.getTextContent().trim();
                    case "build" -> {
                        for (Node b = n.getFirstChild(); b != null; b = b.getNextSibling()) {
                            if (b.getNodeName().equals("finalName")) {
                                finalName = b.getTextContent().trim();
                            }
                        }
                    }
                    default -> {}
                }
            }
            return finalName != null ? finalName : artifactId + "-" + version;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }
}
