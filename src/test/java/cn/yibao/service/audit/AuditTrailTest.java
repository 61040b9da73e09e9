package cn.yibao.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.api.support.TestPeople;
import cn.yibao.policy.model.Region;
import cn.yibao.service.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's chain as the database keeps it (V5): how a hash is made, what the database
 * refuses, tampering found at the exact record, 16 writers at once, and no national ID. Every test
 * writes as its own caller (a fresh staff id) and checks its own records, and verifies the chain
 * of the whole (shared) table.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    @Inject
    AuditTrail trail;

    @Inject
    AuditLogQueries queries;

    @Inject
    DataSource db;

    AuditRows rows;
    String staff;
    Caller officer;

    @BeforeEach
    void caller() {
        rows = new AuditRows(db);
        staff = "staff-" + UUID.randomUUID();
        officer = Caller.officer(staff, Set.of(Region.NINGBO));
    }

    @Test
    void each_record_links_to_the_one_before_and_its_hash_is_sha256_of_the_documented_canonical_text() {
        trail.recordSeparately(
                officer,
                "read:person",
                "person:5",
                "OK",
                AuditDetails.of("via", "query:person", "count", 1, "personIds", List.of(5L)));
        trail.recordSeparately(officer, "mutation:registerPerson", null, "BAD_USER_INPUT", Map.of());

        List<AuditRows.Row> mine = rows.bySubject(staff);
        assertThat(mine).hasSize(2);
        AuditRows.Row read = mine.get(0);
        AuditRows.Row refused = mine.get(1);
        assertThat(refused.seq()).isEqualTo(read.seq() + 1);
        assertThat(refused.prevHash()).isEqualTo(read.hash());
        // jsonb prints an object's keys by length, then bytewise; null target as JSON null.
        String readText = "[" + read.seq() + ", \"" + utc(read) + "\", \"" + staff
                + "\", \"OFFICER\", \"read:person\", \"person:5\", \"OK\","
                + " {\"via\": \"query:person\", \"count\": 1, \"personIds\": [5]}]";
        String refusedText = "[" + refused.seq() + ", \"" + utc(refused) + "\", \"" + staff
                + "\", \"OFFICER\", \"mutation:registerPerson\", null, \"BAD_USER_INPUT\", {}]";
        assertThat(read.canonical()).isEqualTo(readText);
        assertThat(refused.canonical()).isEqualTo(refusedText);
        assertThat(read.hash()).isEqualTo(sha256(read.prevHash() + "|" + readText));
        assertThat(refused.hash()).isEqualTo(sha256(read.hash() + "|" + refusedText));
        assertIntact();
    }

    @Test
    void the_first_record_follows_the_genesis_hash() {
        trail.recordSeparately(officer, "read:person", "person:6", "OK", Map.of());

        AuditRows.Row first = rows.rows("seq = 1").get(0);
        assertThat(first.prevHash()).isEqualTo(GENESIS);
        assertThat(first.hash()).isEqualTo(sha256(GENESIS + "|" + first.canonical()));
    }

    @Test
    void an_insert_cannot_choose_its_seq_time_or_hashes() throws SQLException {
        trail.recordSeparately(officer, "read:person", "person:7", "OK", Map.of());
        long head = rows.bySubject(staff).get(0).seq();

        rows.inTransaction("INSERT INTO audit_log (seq, recorded_at, subject, role, action, outcome, prev_hash, hash)"
                + " VALUES (1, '2000-01-01T00:00:00Z', '" + staff + "', 'OFFICER', 'read:person', 'OK', '"
                + GENESIS + "', '" + "f".repeat(64) + "')");

        AuditRows.Row forged = rows.bySubject(staff).get(1);
        assertThat(forged.seq()).isEqualTo(head + 1);
        assertThat(forged.recordedAt().getYear()).isGreaterThan(2000);
        assertThat(forged.hash()).isNotEqualTo("f".repeat(64));
        assertIntact();
    }

    @Test
    void the_database_refuses_update_delete_and_truncate_even_to_its_owner() throws SQLException {
        trail.recordSeparately(officer, "read:person", "person:8", "OK", Map.of());
        AuditRows.Row before = rows.bySubject(staff).get(0);
        String update = "UPDATE audit_log SET outcome = 'FORBIDDEN' WHERE seq = " + before.seq();
        String delete = "DELETE FROM audit_log WHERE seq = " + before.seq();
        String truncate = "TRUNCATE audit_log";

        // The service's role has no such privilege …
        for (String sql : List.of(update, delete, truncate)) {
            assertThatThrownBy(() -> rows.inTransaction(sql)).hasMessageContaining("permission denied");
        }
        // … and if the owner grants it to itself, the triggers refuse (each transaction rolled back).
        assertThatThrownBy(() -> rows.inTransaction("GRANT UPDATE ON audit_log TO CURRENT_USER", update))
                .hasMessageContaining("audit_log is append-only (UPDATE refused)");
        assertThatThrownBy(() -> rows.inTransaction("GRANT DELETE ON audit_log TO CURRENT_USER", delete))
                .hasMessageContaining("audit_log is append-only (DELETE refused)");
        assertThatThrownBy(() -> rows.inTransaction("GRANT TRUNCATE ON audit_log TO CURRENT_USER", truncate))
                .hasMessageContaining("audit_log is append-only (TRUNCATE refused)");

        assertThat(rows.bySubject(staff)).containsExactly(before);
        assertIntact();
    }

    @Test
    void a_record_changed_behind_the_triggers_is_reported_at_its_seq_by_the_query_the_service_and_the_command()
            throws Exception {
        for (int i = 1; i <= 3; i++) {
            trail.recordSeparately(officer, "read:person", "person:" + i, "OK", Map.of());
        }
        long changed = rows.bySubject(staff).get(1).seq();

        rows.asOwnerBehindTheTriggers("UPDATE audit_log SET outcome = 'FORBIDDEN' WHERE seq = " + changed);
        try {
            AuditRows.Verification v = rows.verify();
            assertThat(v.firstBrokenSeq()).isEqualTo(changed);
            assertThat(v.reason())
                    .isEqualTo("hash does not match the record's contents (changed after it was written)");
            assertThat(v.checked()).isEqualTo(changed);
            assertThat(queries.verify(Caller.auditor("auditor-test")).firstBrokenSeq())
                    .isEqualTo(changed);
            cn.yibao.api.support.GraphQL.as(cn.yibao.api.support.Tokens.auditor("auditor-test"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", "{ auditChainVerification { intact firstBrokenSeq reason checked } }"))
                    .post("/graphql")
                    .then()
                    .statusCode(200)
                    .body("data.auditChainVerification.intact", org.hamcrest.Matchers.is(false))
                    .body("data.auditChainVerification.firstBrokenSeq", org.hamcrest.Matchers.is((int) changed))
                    .body(
                            "data.auditChainVerification.reason",
                            org.hamcrest.Matchers.startsWith("hash does not match"));
            Command c = auditVerify();
            assertThat(c.exit()).isEqualTo(1);
            assertThat(c.output()).startsWith("BROKEN at seq " + changed + ": hash does not match");
        } finally {
            rows.asOwnerBehindTheTriggers("UPDATE audit_log SET outcome = 'OK' WHERE seq = " + changed);
        }
        assertIntact();
        Command c = auditVerify();
        assertThat(c.exit()).isZero();
        assertThat(c.output()).startsWith("intact: ");
    }

    @Test
    void a_deleted_record_is_reported_at_the_record_after_it() throws SQLException {
        for (int i = 1; i <= 3; i++) {
            trail.recordSeparately(officer, "read:person", "person:" + i, "OK", Map.of());
        }
        List<AuditRows.Row> mine = rows.bySubject(staff);
        long deleted = mine.get(1).seq();
        long next = mine.get(2).seq();

        // Deleted, verified and rolled back in one transaction: the shared chain never breaks.
        try (var c = db.getConnection();
                var s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("GRANT DELETE ON audit_log TO CURRENT_USER");
                s.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
                s.execute("DELETE FROM audit_log WHERE seq = " + deleted);
                try (var r = s.executeQuery("SELECT first_broken_seq, reason FROM audit_verify()")) {
                    r.next();
                    assertThat(r.getLong(1)).isEqualTo(next);
                    assertThat(r.getString(2))
                            .isEqualTo("seq " + next + " follows seq " + (deleted - 1) + ": records " + deleted + " to "
                                    + deleted + " are missing");
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        assertIntact();
    }

    @Test
    void sixteen_threads_appending_at_once_leave_a_gap_free_intact_chain_with_each_transactions_records_together()
            throws Exception {
        int threads = 16;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int n = 0; n < rounds; n++) {
                    Map<String, Object> d = AuditDetails.of("thread", thread, "n", n);
                    if (n % 2 == 0) {
                        trail.recordSeparately(officer, "read:person", "person:" + thread, "OK", d);
                    } else {
                        // Two records of one transaction, written at its commit.
                        QuarkusTransaction.requiringNew().run(() -> {
                            trail.record(officer, "money:test.debit", "person:" + thread, "OK", d);
                            trail.record(officer, "mutation:test", "person:" + thread, "OK", d);
                        });
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        List<AuditRows.Row> mine = rows.bySubject(staff);
        // Per thread 13 single records and 12 transactions of two.
        assertThat(mine).hasSize(threads * (13 + 2 * 12));
        Set<Long> seqs = new HashSet<>();
        mine.forEach(r -> seqs.add(r.seq()));
        assertThat(seqs).hasSize(mine.size());
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).action().equals("money:test.debit")) {
                AuditRows.Row debit = mine.get(i);
                AuditRows.Row mutation = mine.get(i + 1);
                assertThat(mutation.seq()).isEqualTo(debit.seq() + 1);
                assertThat(mutation.details()).isEqualTo(debit.details());
            }
        }
        // Each thread's records in the order it wrote them, though group-committed rows share INSERTs.
        for (int t = 0; t < threads; t++) {
            String thread = ".*\"thread\": " + t + "[,}].*";
            List<Long> order = mine.stream()
                    .filter(r -> r.details().matches(thread))
                    .map(r -> r.seq())
                    .toList();
            assertThat(order).hasSize(13 + 2 * 12).isSorted();
        }
        AuditRows.Verification v = assertIntact();
        // Gap-free from 1: as many records as the head's number.
        assertThat(v.checked()).isEqualTo(v.headSeq());
        assertThat(LongStream.rangeClosed(1, v.headSeq()).count()).isEqualTo(v.checked());
    }

    @Test
    void a_record_of_a_transaction_that_rolls_back_is_never_written() {
        QuarkusTransaction.begin();
        trail.record(officer, "money:test.debit", "person:9", "OK", Map.of());
        QuarkusTransaction.rollback();
        trail.record(officer, "read:person", "person:9", "OK", Map.of()); // no transaction: written at once

        assertThat(rows.bySubject(staff)).extracting(AuditRows.Row::action).containsExactly("read:person");
    }

    @Test
    void a_citizen_reading_itself_leaves_no_record_and_any_other_read_leaves_one_per_request() {
        long self = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        Caller citizen = Caller.citizen(self);
        long[] many = LongStream.rangeClosed(1, 150).toArray();

        trail.personsRead(citizen, List.of(self), "query:person");
        trail.personsRead(citizen, List.of(self, 42L), "query:familyPoolNetwork");
        trail.personsRead(officer, LongStream.of(many).boxed().toList(), "query:persons");

        List<AuditRows.Row> citizenRows = rows.bySubject(String.valueOf(self));
        assertThat(citizenRows).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("CITIZEN");
            assertThat(r.action()).isEqualTo("read:person");
            assertThat(r.target()).isEqualTo("person:42");
            assertThat(r.details())
                    .isEqualTo("{\"via\": \"query:familyPoolNetwork\", \"count\": 1, \"personIds\": [42]}");
        });
        assertThat(rows.bySubject(staff)).singleElement().satisfies(r -> {
            assertThat(r.target()).isNull();
            assertThat(r.details()).startsWith("{\"via\": \"query:persons\", \"count\": 150, \"personIds\": [1, 2, 3,");
            assertThat(r.details()).endsWith(", 99, 100]}");
        });
    }

    @Test
    void no_national_id_enters_a_record_whoever_writes_it() {
        String id = eighteenDigits();

        assertThatThrownBy(() -> trail.record(officer, "read:person", null, "OK", AuditDetails.of("x", id)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(id);
        assertThatThrownBy(() -> trail.record(officer, "read:person", "person:" + id, "OK", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // A token whose subject is a national ID is recorded masked, as the API masks it.
        trail.recordSeparately(Caller.officer(id, Set.of()), "read:person", null, "OK", Map.of());
        assertThat(rows.bySubject(id.substring(0, 4) + "**********" + id.substring(14)))
                .hasSize(1);
        // Written around the service, the database refuses it without echoing it.
        assertThatThrownBy(() -> rows.inTransaction("INSERT INTO audit_log (subject, role, action, outcome, details)"
                        + " VALUES ('" + staff + "', 'OFFICER', 'read:person', 'OK', '{\"id\": \"" + id + "\"}')"))
                .hasMessageContaining("audit record refused: 15 or more consecutive digits")
                .hasMessageNotContaining(id);
        assertThat(rows.rows("subject LIKE '%" + id + "%' OR target LIKE '%" + id + "%' OR details::text LIKE '%"
                        + id.substring(0, 14) + "%'"))
                .isEmpty();
    }

    private AuditRows.Verification assertIntact() {
        AuditRows.Verification v = rows.verify();
        assertThat(v.firstBrokenSeq()).as("first broken seq (%s)", v.reason()).isNull();
        assertThat(v.headSeq()).isNotNull();
        return v;
    }

    private record Command(int exit, String output) {}

    private static Command auditVerify() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bin/audit-verify").redirectErrorStream(true);
        pb.environment()
                .put("YIBAO_DB_URL", ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Command(p.waitFor(), out);
    }

    private static String utc(AuditRows.Row r) {
        return r.recordedAt().withOffsetSameInstant(ZoneOffset.UTC).format(UTC_MICROS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A national ID without the check character X: the mask asserted is that of an 18-digit run. */
    private static String eighteenDigits() {
        String id = TestPeople.nationalId(LocalDate.of(1990, 2, 3));
        return id.endsWith("X") ? eighteenDigits() : id;
    }
}
