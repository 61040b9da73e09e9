package cn.yibao.policyfiles;

import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.PolicyYearTerms;
import cn.yibao.policy.parameters.ResidentPolicy;
import cn.yibao.policy.parameters.SupplementaryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads the dated parameter files listed in {@code policy/index.yaml} from the class path into a
 * {@link PolicyCatalog}. Each file is {@code policy/<region>/<scheme>/<year>.yaml}; its header
 * must match its path. Decimals and dates stay text until mapped, so no value passes through a
 * {@code double}.
 */
public final class PolicyFileLoader {

    private static final Pattern SET_PATH =
            Pattern.compile("([a-z]+)/(resident|employee|supplementary)/(\\d{4})\\.yaml");

    private final ClassLoader classLoader;

    public PolicyFileLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public static PolicyCatalog loadDefault() {
        return new PolicyFileLoader(PolicyFileLoader.class.getClassLoader()).load("policy");
    }

    public PolicyCatalog load(String root) {
        Map<String, Object> index = asMap(parse(root + "/index.yaml"), root + "/index.yaml");
        Map<String, String> documents = documents(root + "/documents.yaml");
        List<PolicyYearTerms> sets = new ArrayList<>();
        List<SupplementaryPolicy> supplementary = new ArrayList<>();
        Map<PolicyYearTerms, Object> raw = new LinkedHashMap<>();
        Object files = index.get("files");
        if (!(files instanceof List<?> list) || list.isEmpty()) {
            throw new PolicyFileException(root + "/index.yaml", "files", "expected a non-empty list of policy files");
        }
        for (Object f : list) {
            String rel = String.valueOf(f);
            String file = root + "/" + rel;
            Matcher m = SET_PATH.matcher(rel);
            if (!m.matches()) {
                throw new PolicyFileException(
                        file, "", "path must be <region>/<resident|employee|supplementary>/<year>.yaml");
            }
            Object tree = parse(file);
            checkHeader(file, asMap(tree, file), m);
            RecordMapper mapper = new RecordMapper(file, documents, 0, null);
            switch (m.group(2)) {
                case "supplementary" -> supplementary.add(mapper.read(tree, SupplementaryPolicy.class));
                default -> {
                    PolicyYearTerms set = mapper.read(tree, typeOf(m.group(2)));
                    sets.add(set);
                    raw.put(set, tree);
                }
            }
        }
        PolicyCatalog.Projector projector = (latest, year) -> project(latest, raw.get(latest), year, documents);
        return new PolicyCatalog(sets, supplementary, projector);
    }

    private static PolicyYearTerms project(
            PolicyYearTerms latest, Object tree, int year, Map<String, String> documents) {
        Map<String, Object> copy = new LinkedHashMap<>(asMap(tree, "projection"));
        copy.put("year", year);
        copy.put("projected_from", latest.year());
        String file = "projection of " + latest.key() + " to " + year;
        RecordMapper mapper = new RecordMapper(file, documents, year - latest.year(), latest.year());
        return mapper.read(copy, typeOf(latest.scheme() == Scheme.RESIDENT ? "resident" : "employee"));
    }

    private static Class<? extends PolicyYearTerms> typeOf(String scheme) {
        return scheme.equals("resident") ? ResidentPolicy.class : EmployeePolicy.class;
    }

    private static void checkHeader(String file, Map<String, Object> tree, Matcher path) {
        if (!path.group(1).equals(tree.get("region"))) {
            throw new PolicyFileException(file, "region", "must be '" + path.group(1) + "' as in the file's path");
        }
        if (!Integer.valueOf(path.group(3)).equals(tree.get("year"))) {
            throw new PolicyFileException(file, "year", "must be " + path.group(3) + " as in the file's path");
        }
        if (!path.group(2).equals("supplementary")
                && !path.group(2).toUpperCase().equals(tree.get("scheme"))) {
            throw new PolicyFileException(
                    file, "scheme", "must be " + path.group(2).toUpperCase() + " as in the file's path");
        }
        if (tree.containsKey("projected_from")) {
            throw new PolicyFileException(file, "projected_from", "is set by the loader, not by a file");
        }
    }

    private Map<String, String> documents(String file) {
        Map<String, Object> tree = asMap(parse(file), file);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            Map<String, Object> doc = asMap(e.getValue(), file + ": " + e.getKey());
            Object title = doc.get("title");
            if (!(title instanceof String t) || t.isBlank()) {
                throw new PolicyFileException(file, e.getKey() + ".title", "missing document title");
            }
            out.put(e.getKey(), t);
        }
        return Map.copyOf(out);
    }

    private Object parse(String file) {
        try (InputStream in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new PolicyFileException(file, "", "not found on the class path");
            }
            return yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        } catch (RuntimeException e) {
            if (e instanceof PolicyFileException) {
                throw e;
            }
            throw new PolicyFileException(file, "", "not valid YAML: " + e.getMessage());
        }
    }

    /** SnakeYAML with only bool, int and null implicit types: floats and timestamps stay strings. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new TextResolver());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node, String where) {
        if (!(node instanceof Map<?, ?> m)) {
            throw new PolicyFileException(where, "", "expected a mapping at the top level");
        }
        return (Map<String, Object>) m;
    }

    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
