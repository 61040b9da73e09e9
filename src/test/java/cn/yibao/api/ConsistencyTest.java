package cn.yibao.api;

import static cn.yibao.api.support.Journeys.claim;
import static cn.yibao.api.support.Journeys.enroll;
import static cn.yibao.api.support.Journeys.history;
import static cn.yibao.api.support.Journeys.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doThrow;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.TestPeople;
import cn.yibao.api.support.Tokens;
import cn.yibao.persistence.PersonListsReader;
import cn.yibao.service.Idempotency;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Rollback, one person's claims never racing, no N+1 queries, and no national ID in any log line. */
@QuarkusTest
class ConsistencyTest {

    @InjectSpy
    Idempotency idempotency;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    PersonListsReader reader;

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void a_claim_failing_after_its_writes_leaves_no_claim_no_totals_and_no_debit_behind() {
        String p = register("回滚", LocalDate.of(1983, 1, 1), "ningbo", "EMPLOYED", "8000.00", "500.00");
        history(p, 2022, "ningbo", "EMPLOYEE", "null");
        enroll(p, "ningbo", 2023, "EMPLOYEE", "2023-01-01");
        doThrow(new IllegalStateException("disk full"))
                .when(idempotency)
                .remember(startsWith("rollback-"), anyString(), anyString(), anyLong());

        JsonPath failed = claim(p, "2023-02-10", "OUTPATIENT", "LEVEL_3", "2000.00", "rollback-" + p);
        assertThat(failed.getString("errors[0].message")).doesNotContain("IllegalStateException");
        assertThat(GraphQL.example("mini-program/MyInsurance", Map.of("personId", p))
                        .getList("data.person.claims"))
                .isEmpty();
        // The totals were not moved either: the same claim again is paid wholly by the current account.
        JsonPath again = claim(p, "2023-02-10", "OUTPATIENT", "LEVEL_3", "2000.00");
        assertThat(new BigDecimal(again.getString("data.submitClaim.adjudication.personalAccount")))
                .isEqualByComparingTo("2000.00");
    }

    @Test
    void concurrent_claims_of_one_person_are_adjudicated_one_after_another() throws Exception {
        String p = register("并发", LocalDate.of(1975, 1, 1), "ningbo", "NONE", "null", "null");
        history(p, 2025, "ningbo", "RESIDENT", "10.00");
        enroll(p, "ningbo", 2026, "RESIDENT", "2025-12-01");
        // Ten outpatient claims of 1,000.00 at LEVEL_3: only the first 5,000.00 of the year earn 30 % (D4).
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<JsonPath>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> claim(p, "2026-04-01", "OUTPATIENT", "LEVEL_3", "1000.00")));
        }
        List<BigDecimal> basic = new ArrayList<>();
        for (Future<JsonPath> f : results) {
            basic.add(new BigDecimal(f.get().getString("data.submitClaim.adjudication.basicFund")));
        }
        pool.shutdown();
        assertThat(sum(basic)).isEqualByComparingTo("1500.00");
        assertThat(basic.stream().filter(b -> b.signum() > 0)).hasSize(5);
    }

    @Test
    void fifty_persons_with_enrollments_and_claims_cost_a_constant_number_of_statements() {
        String first = null;
        for (int i = 0; i < 50; i++) {
            String p =
                    register("列表" + i, LocalDate.of(1960 + i % 30, 1 + i % 12, 1), "huaihua", "NONE", "null", "null");
            first = first == null ? p : first;
            enroll(p, "huaihua", 2026, "RESIDENT", "2025-11-15");
            claim(p, "2026-06-01", "INPATIENT", "LEVEL_2", "5000.00");
            claim(p, "2026-07-01", "OUTPATIENT", "COMMUNITY", "100.00");
        }
        String after = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("person:" + (Long.parseLong(first) - 1)).getBytes());
        var stats = sessionFactory.getStatistics();
        stats.clear();
        long roundTrips = reader.roundTrips();
        JsonPath page =
                GraphQL.example("portal/PersonsOfRegion", Map.of("region", "huaihua", "after", "\"" + after + "\""));
        long statements = stats.getPrepareStatementCount();
        roundTrips = reader.roundTrips() - roundTrips;
        assertThat(page.getList("data.persons.edges")).hasSize(50);
        assertThat(page.getList("data.persons.edges.node.claims.totalCost"))
                .allSatisfy(c -> assertThat((List<?>) c).isNotEmpty());
        // the page and its persons' enrollments and claims: one round trip (PersonListsReader) of
        // three statements, whatever the number of persons, and no Hibernate query
        assertThat(roundTrips).isEqualTo(1);
        assertThat(statements).isZero();
    }

    @Test
    void claim_lines_are_read_with_the_claims_and_only_when_the_query_asks() {
        Claimant c = huaihuaInpatient("行读", LocalDate.of(1975, 3, 1));
        String p = c.person();
        String claimId = c.claim();
        claim(p, "2026-07-01", "OUTPATIENT", "COMMUNITY", "100.00");
        String claims =
                "claims { serviceDate totalCost adjudication { basicFund lines { layer rule base rate amount } } }";
        var stats = sessionFactory.getStatistics();

        // a person reached through a claim: its claims in a batch through Hibernate, lines in the same batch
        stats.clear();
        var viaClaim = query("query($c: ID!) { claim(id: $c) { person { id " + claims + " } } }", "c", claimId);
        long withLines = stats.getPrepareStatementCount();
        stats.clear();
        query(
                "query($c: ID!) { claim(id: $c) { person { id claims { totalCost adjudication { basicFund } } } } }",
                "c",
                claimId);
        long withoutLines = stats.getPrepareStatementCount();

        // the mini-program's path: the person and its lists in one round trip, no Hibernate query
        stats.clear();
        long roundTrips = reader.roundTrips();
        var mini = query("query($id: ID!) { person(id: $id) { id " + claims + " } }", "id", p);
        long miniStatements = stats.getPrepareStatementCount();
        roundTrips = reader.roundTrips() - roundTrips;

        List<Map<String, Object>> viaBatch = viaClaim.getList("data.claim.person.claims");
        List<Map<String, Object>> viaPerson = mini.getList("data.person.claims");
        assertThat(viaPerson).hasSize(2).isEqualTo(viaBatch);
        assertThat(mini.getList("data.person.claims.adjudication.lines"))
                .allSatisfy(l -> assertThat((List<?>) l).isNotEmpty());
        assertThat(mini.getList("data.person.claims.totalCost", java.math.BigDecimal.class))
                .containsExactly(new java.math.BigDecimal("5000.0"), new java.math.BigDecimal("100.0"));
        assertThat(withLines - withoutLines).isEqualTo(1); // all the claims' lines in one statement
        assertThat(miniStatements).isZero();
        assertThat(roundTrips).isEqualTo(1);
    }

    @Test
    void a_claims_own_lines_are_read_only_when_the_query_asks() {
        String claimId = huaihuaInpatient("单据行", LocalDate.of(1976, 4, 1)).claim();
        var stats = sessionFactory.getStatistics();

        stats.clear();
        var bare = query("query($c: ID!) { claim(id: $c) { id totalCost adjudication { basicFund } } }", "c", claimId);
        long withoutLines = stats.getPrepareStatementCount();
        stats.clear();
        var lined = query(
                "query($c: ID!) { claim(id: $c) { id adjudication { basicFund lines { layer amount } } } }",
                "c",
                claimId);
        long withLines = stats.getPrepareStatementCount();

        assertThat(bare.getString("data.claim.id")).isEqualTo(claimId);
        assertThat(lined.getList("data.claim.adjudication.lines")).isNotEmpty();
        assertThat(withLines - withoutLines).isEqualTo(1);
    }

    /** A Huaihua resident enrolled for 2026 with one inpatient claim of 5,000 yuan. */
    private record Claimant(String person, String claim) {}

    private static Claimant huaihuaInpatient(String name, LocalDate birthDate) {
        String p = register(name, birthDate, "huaihua", "NONE", "null", "null");
        enroll(p, "huaihua", 2026, "RESIDENT", "2025-11-15");
        return new Claimant(
                p, claim(p, "2026-06-01", "INPATIENT", "LEVEL_2", "5000.00").getString("data.submitClaim.id"));
    }

    private static JsonPath query(String document, String name, String value) {
        JsonPath r =
                GraphQL.callAs(Tokens.office(), document, name, value).extract().jsonPath();
        assertThat(r.getList("errors")).as(r.prettify()).isNull();
        return r;
    }

    @Test
    void no_log_line_contains_a_national_id_even_when_registration_fails() {
        String good = TestPeople.nationalId(LocalDate.of(1988, 8, 8));
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                lines.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters()) + " "
                        + (r.getThrown() == null ? "" : r.getThrown().toString()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (String id : List.of(good, good, bad)) {
                GraphQL.post(
                        "{\"query\":\"mutation($i: PersonInput!){ registerPerson(input: $i){ id nationalIdMasked } }\","
                                + "\"variables\":{\"i\":{\"name\":\"日志\",\"nationalId\":\"" + id
                                + "\",\"region\":\"ningbo\",\"residency\":\"LOCAL_HUKOU\"}}}",
                        null);
            }
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).isNotEmpty(); // the duplicate and the bad number were logged as errors
        assertThat(lines).noneMatch(l -> l.contains(good) || l.contains(bad) || l.contains(good.substring(6, 14)));
    }
}
