package cn.yibao.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The document limits against the checked-in schema, with the limits application.properties sets. */
class DocumentCheckTest {

    private static final DocumentCheck CHECK =
            new DocumentCheck(Schemas.SCHEMA, Schemas.configured(true), MoneyMutations.MOVE_MONEY);
    private static final DocumentCheck NO_INTROSPECTION =
            new DocumentCheck(Schemas.SCHEMA, Schemas.configured(false), MoneyMutations.MOVE_MONEY);

    /** The portal's list at its largest page, with every claim's adjudication lines. */
    private static final String PORTAL_100_WITH_LINES =
            """
            query Portal($region: String!, $after: String) {
              persons(region: $region, first: 100, after: $after) {
                edges {
                  node {
                    id name nationalIdMasked
                    enrollments { policyYear { year } amountDue }
                    claims { totalCost adjudication { basicFund personal lines { layer rule base rate amount text source } } }
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    private static Optional<Refusal> check(String document) {
        return CHECK.check(Schemas.parse(document));
    }

    @Test
    void every_example_and_every_load_test_query_passes() throws IOException {
        List<Path> documents;
        try (Stream<Path> examples = Files.walk(Path.of("graphql/examples"));
                Stream<Path> load = Files.list(Path.of("load/wrk"))) {
            documents = Stream.concat(examples, load)
                    .filter(p -> p.toString().endsWith(".graphql"))
                    .toList();
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(12);
        for (Path p : documents) {
            assertThat(check(Schemas.read(p))).as(p.toString()).isEmpty();
        }
    }

    @Test
    void the_portal_page_of_100_persons_with_adjudication_lines_passes() {
        // edges: 1 + 100 × node; node = 1 + 3 + enrollments (1 + 10 × 3) + claims (1 + 10 × (1 + (1 + 2 + (1 + 10 ×
        // 7))))
        //      = 1 + 3 + 31 + 751 = 786; persons = 1 + (1 + 100 × 786) + pageInfo 3 = 78,605
        assertThat(CHECK.measure(Schemas.parse(PORTAL_100_WITH_LINES)))
                .isEqualTo(new DocumentMeasure.Measure(26, 7, 78_605));
        assertThat(check(PORTAL_100_WITH_LINES)).isEmpty();
    }

    @Test
    void a_cycle_of_lists_is_refused_as_too_complex() {
        // lines 1 + 10 = 11; adjudication 12; claims 1 + 10 × 12 = 121; person 122; claims 1 + 10 × 122 = 1,221;
        // node 1,222; edges 1 + 100 × 1,222 = 122,201; persons 122,202 — at depth 9 and with 9 fields
        String cycle = "{ persons(region: \"ningbo\", first: 100) { edges { node { claims { person { claims {"
                + " adjudication { lines { layer } } } } } } } } }";
        assertThat(check(cycle))
                .contains(new Refusal(
                        ErrorCode.QUERY_TOO_COMPLEX, "graphql.max-complexity", "complexity 122202, at most 100000"));
        String byVariable = cycle.replace(
                "{ persons(region: \"ningbo\", first: 100)", "query($n: Int) { persons(region: \"ningbo\", first: $n)");
        assertThat(check(byVariable).map(Refusal::rule)).contains("graphql.max-complexity");
    }

    @Test
    void eleven_levels_are_refused_ten_pass() {
        String ten = "{ person(id: \"1\") { familyPoolNetwork { founder { familyPoolNetwork { founder {"
                + " familyPoolNetwork { founder { familyPoolNetwork { founder { id } } } } } } } } } }";
        assertThat(CHECK.measure(Schemas.parse(ten)).depth()).isEqualTo(10);
        assertThat(check(ten)).isEmpty();
        String eleven = ten.replace("founder { id }", "founder { familyPoolNetwork { id } }");
        assertThat(check(eleven))
                .contains(new Refusal(ErrorCode.QUERY_TOO_COMPLEX, "graphql.max-depth", "depth 11, at most 10"));
    }

    @Test
    void thirty_aliases_pass_thirty_one_are_refused() {
        StringBuilder thirty = new StringBuilder("{");
        for (int i = 1; i <= 30; i++) {
            thirty.append(" a").append(i).append(": __typename");
        }
        assertThat(check(thirty + " }")).isEmpty();
        assertThat(check(thirty + " a31: __typename }"))
                .contains(new Refusal(ErrorCode.QUERY_TOO_COMPLEX, "graphql.max-aliases", "31 aliases, at most 30"));
    }

    @Test
    void fragments_spread_again_and_again_count_every_field_they_add() {
        // F0 has 3 fields, each Fn spreads F(n-1) twice: F8 adds 3 × 2^8 = 768 fields under policyYears
        StringBuilder doc =
                new StringBuilder("{ policyYears { ...F8 } }\nfragment F0 on PolicyYear { year region scheme }\n");
        for (int i = 1; i <= 8; i++) {
            doc.append("fragment F")
                    .append(i)
                    .append(" on PolicyYear { ...F")
                    .append(i - 1)
                    .append(" ...F")
                    .append(i - 1)
                    .append(" }\n");
        }
        assertThat(check(doc.toString()))
                .contains(new Refusal(ErrorCode.QUERY_TOO_COMPLEX, "graphql.max-fields", "769 fields, at most 400"));
    }

    @Test
    void a_fragment_bomb_is_measured_without_expanding_it() {
        StringBuilder doc = new StringBuilder("{ policyYears { ...F60 } }\nfragment F0 on PolicyYear { year }\n");
        for (int i = 1; i <= 60; i++) {
            doc.append("fragment F")
                    .append(i)
                    .append(" on PolicyYear { ...F")
                    .append(i - 1)
                    .append(" ...F")
                    .append(i - 1)
                    .append(" }\n");
        }
        // 2^60 fields would never finish; each fragment is measured once and the count saturates
        assertThat(check(doc.toString()))
                .contains(new Refusal(
                        ErrorCode.QUERY_TOO_COMPLEX,
                        "graphql.max-fields",
                        "more than 1125899906842624 fields, at most 400"));
    }

    @Test
    void one_operation_moves_money_at_most_once() {
        String two =
                "mutation { a: enrollSupplementary(personId: \"1\", year: 2025, preExistingCondition: false) { id }"
                        + " b: enrollSupplementary(personId: \"2\", year: 2025, preExistingCondition: false) { id } }";
        assertThat(check(two))
                .contains(new Refusal(
                        ErrorCode.TOO_MANY_MONEY_MUTATIONS,
                        "graphql.money-mutations",
                        "enrollSupplementary, enrollSupplementary in one operation; send them one by one"));
        String hidden =
                "mutation { ...Pay } fragment Pay on Mutation { ... on Mutation { submitClaim(input: $c) { id } }"
                        + " runShanghaiContributionBatch(year: 2026, runDate: \"2026-12-16\") { paid } }";
        assertThat(check(hidden).map(Refusal::code)).contains(ErrorCode.TOO_MANY_MONEY_MUTATIONS);
    }

    @Test
    void one_money_mutation_with_others_and_one_per_operation_pass() {
        assertThat(check("mutation { registerPerson(input: $p) { id } enroll(input: $e) { id } }"))
                .isEmpty();
        assertThat(check("mutation A { enroll(input: $e) { id } } mutation B { submitClaim(input: $c) { id } }"))
                .isEmpty();
        assertThat(check("mutation { a: registerPerson(input: $p) { id } b: registerPerson(input: $q) { id } }"))
                .isEmpty();
    }

    @Test
    void graphiql_introspection_passes_when_switched_on_and_is_refused_when_off() {
        String graphiql = Schemas.read(Path.of("src/test/resources/graphql/introspection.graphql"));
        assertThat(check(graphiql)).isEmpty();
        Refusal off = new Refusal(ErrorCode.INTROSPECTION_DISABLED, "graphql.introspection", "__schema and __type");
        assertThat(NO_INTROSPECTION.check(Schemas.parse(graphiql))).contains(off);
        assertThat(NO_INTROSPECTION.check(Schemas.parse("{ __type(name: \"Person\") { name } }")))
                .contains(off);
        assertThat(NO_INTROSPECTION.check(
                        Schemas.parse("{ ...Q } fragment Q on Query { __schema { types { name } } }")))
                .contains(off);
        assertThat(NO_INTROSPECTION.check(Schemas.parse("{ __typename policyYears { __typename year } }")))
                .isEmpty();
    }

    @Test
    void unknown_fields_and_fragment_cycles_are_left_to_validation() {
        assertThat(check("{ nope { deeper } }")).isEmpty();
        assertThat(check(
                        "{ policyYears { ...A } } fragment A on PolicyYear { ...B } fragment B on PolicyYear { ...A }"))
                .isEmpty();
        assertThat(check("{ policyYears { ...Missing } }")).isEmpty();
    }
}
