package cn.yibao.api.support;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of /q/metrics (Prometheus text format), for asserting on series and their deltas. */
public final class Scrape {

    /** One sample line: its metric name, labels and value. */
    public record Sample(String name, Map<String, String> labels, BigDecimal value) {}

    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)})? (\\S+).*");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final List<Sample> samples;

    private Scrape(List<Sample> samples) {
        this.samples = samples;
    }

    public static Scrape now() {
        String text = given().accept("text/plain; version=0.0.4")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (line.startsWith("#")
                    || !m.matches()
                    || m.group(3).contains("Inf")
                    || m.group(3).equals("NaN")) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, new BigDecimal(m.group(3))));
        }
        return new Scrape(samples);
    }

    public List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The value of the series with exactly these labels ("k", "v", …), 0 if it does not exist yet. */
    public BigDecimal value(String name, String... labels) {
        Map<String, String> wanted = new TreeMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return samples(name).stream()
                .filter(s -> s.labels().equals(wanted))
                .map(Sample::value)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /** How much the series grew since {@code before}. */
    public BigDecimal since(Scrape before, String name, String... labels) {
        return value(name, labels).subtract(before.value(name, labels));
    }
}
