package cn.yibao.policyfiles;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each defect is planted in a copy of the real policy files; loading must fail naming file and key. */
class InvalidPolicyFilesTest {

    private static final String FILE = "huaihua/resident/2026.yaml";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            an unknown key is refused                 | fixed_months: {value: 3, | surprise: 1\\n  fixed_months: {value: 3, | waiting.surprise: unknown key
            a missing key is refused                  | limit_rate: {value: "0.20", source: seed000 §1, decision: D7} | | incentive.limit_rate: missing key
            bands out of order are refused            | {from: 30000, to: 80000, rate: "0.65"} | {from: 20000, to: 80000, rate: "0.65"} | critical_illness.value.ordinary.bands: segment bounds out of order
            a rate above 1 is refused                 | COMMUNITY: {deductible: "200.00", rate: "0.85"} | COMMUNITY: {deductible: "200.00", rate: "1.85"} | inpatient.value.levels.COMMUNITY.rate: rate outside 0–1
            an amount with three decimals is refused  | ADULT: {value: "400.00" | ADULT: {value: "400.001" | contribution.individual.ADULT.value: amount has more than two decimals
            a value without a source is refused       | fixed_months: {value: 3, source: seed002 row 约束措施 1} | fixed_months: {value: 3} | waiting.fixed_months: missing key 'source'
            an unknown document is refused            | floor_gap_years: {value: 4, source: seed002 | floor_gap_years: {value: 4, source: seed999 | waiting.floor_gap_years.source: unknown document 'seed999'
            a header that contradicts the path        | year: 2026 | year: 2027 | year: must be 2026
            an unknown model is refused               | model: per-admission | model: per-visit | inpatient.value.model: unknown model 'per-visit'
            """)
    void a_defect_fails_loading_with_file_and_key(String name, String find, String replace, String expected)
            throws IOException {
        Path root = copyPolicies();
        Path file = root.resolve(FILE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String planted = text.replaceFirst(
                java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement((replace == null ? "" : replace).replace("\\n", "\n")));
        if (planted.equals(text)) {
            throw new IllegalStateException("fixture text not found: " + find);
        }
        Files.writeString(file, planted, StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new PolicyFileLoader(loader).load("policy"))
                    .isInstanceOf(PolicyFileException.class)
                    .hasMessageStartingWith("policy/" + FILE + ": ")
                    .hasMessageContaining(expected);
        }
    }

    private Path copyPolicies() throws IOException {
        Path source = Path.of("src/main/resources/policy");
        Path target = dir.resolve("policy");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
