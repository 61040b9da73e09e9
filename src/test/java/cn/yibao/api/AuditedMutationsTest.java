package cn.yibao.api;

import static cn.yibao.api.FamilyPoolGraphQLTest.graphql;
import static cn.yibao.api.FamilyPoolGraphQLTest.linFamily;
import static cn.yibao.api.FamilyPoolGraphQLTest.linNetwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Journeys;
import cn.yibao.api.support.TestPeople;
import cn.yibao.api.support.Tokens;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.service.FamilyPeople;
import cn.yibao.service.Idempotency;
import cn.yibao.service.audit.AuditRows;
import cn.yibao.service.audit.AuditRows.Row;
import cn.yibao.service.security.Caller;
import cn.yibao.service.security.CurrentCaller;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit records the API leaves: one per mutation (OK or the refusal's code) committed with
 * it, one per money movement in the movement's transaction, one per read of other persons' data;
 * and no national ID in any of them. The caller is a fresh officer per test (a mocked
 * CurrentCaller), whose records the assertions look at.
 */
@QuarkusTest
class AuditedMutationsTest {

    static final String RUN_BATCH = "mutation($year: Int!, $date: Date!, $net: ID) {"
            + " runShanghaiContributionBatch(year: $year, runDate: $date, networkId: $net) { paid amountPaid } }";

    @InjectMock
    CurrentCaller callers;

    @InjectSpy
    Idempotency idempotency;

    @Inject
    DataSource db;

    @Inject
    FamilyPeople people;

    AuditRows audit;
    String staff;

    @BeforeEach
    void officer() {
        staff = "officer-" + UUID.randomUUID();
        when(callers.get()).thenReturn(Caller.officer(staff, Set.of(Region.NINGBO, Region.SHANGHAI)));
        audit = new AuditRows(db);
    }

    @Test
    void a_registration_is_recorded_with_the_new_person_as_target_and_no_personal_data() {
        String id = Journeys.register("审计甲", LocalDate.of(1980, 1, 1), "ningbo", "NONE", "null", "null");

        assertThat(audit.bySubject(staff)).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("OFFICER");
            assertThat(r.action()).isEqualTo("mutation:registerPerson");
            assertThat(r.target()).isEqualTo("person:" + id);
            assertThat(r.outcome()).isEqualTo("OK");
            assertThat(r.details()).isEqualTo("{\"result\": \"person:" + id + "\"}");
        });
        assertIntact();
    }

    @Test
    void a_refused_mutation_leaves_its_record_with_the_code_and_no_business_row() {
        String name = "审计" + UUID.randomUUID().toString().substring(0, 8);
        String good = TestPeople.nationalId(LocalDate.of(1985, 4, 12));
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');

        JsonPath refused = register(name, bad);
        JsonPath unknownPerson = Journeys.claim("999999999", "2026-03-02", "OUTPATIENT", "COMMUNITY", "100.00");

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(unknownPerson.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        List<Row> mine = audit.bySubject(staff);
        assertThat(mine)
                .extracting(Row::action, Row::target, Row::outcome, Row::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mutation:registerPerson", null, "BAD_USER_INPUT", "{}"),
                        org.assertj.core.groups.Tuple.tuple(
                                "mutation:submitClaim", "person:999999999", "NOT_FOUND", "{\"personId\": 999999999}"));
        assertThat(people.query("SELECT count(*) FROM person WHERE name = '" + name + "'"))
                .isZero();
        assertThat(people.query("SELECT count(*) FROM claim WHERE person_id = 999999999"))
                .isZero();
        assertIntact();
    }

    @Test
    void a_mutation_failing_after_its_writes_loses_its_money_records_with_it_and_records_internal_error() {
        String p = Journeys.register("审计回滚", LocalDate.of(1983, 1, 1), "ningbo", "EMPLOYED", "8000.00", "500.00");
        Journeys.history(p, 2022, "ningbo", "EMPLOYEE", "null");
        Journeys.enroll(p, "ningbo", 2023, "EMPLOYEE", "2023-01-01");
        String key = "audit-rollback-" + UUID.randomUUID();
        doThrow(new IllegalStateException("disk full"))
                .when(idempotency)
                .remember(startsWith("audit-rollback-"), anyString(), anyString(), anyLong());

        JsonPath failed = Journeys.claim(p, "2023-02-10", "OUTPATIENT", "LEVEL_3", "2000.00", key);

        assertThat(failed.getList("errors")).isNotEmpty();
        List<Row> claimRecords = audit.bySubject(staff).stream()
                .filter(r -> r.action().startsWith("money:claim.") || r.action().equals("mutation:submitClaim"))
                .toList();
        assertThat(claimRecords).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("mutation:submitClaim");
            assertThat(r.target()).isEqualTo("person:" + p);
            assertThat(r.outcome()).isEqualTo("INTERNAL_ERROR");
        });
        assertThat(people.query("SELECT count(*) FROM claim WHERE person_id = " + p))
                .isZero();
        assertIntact();
    }

    @Test
    void e11_the_pools_400_for_the_son_leaves_a_pool_record_and_a_contribution_record_of_400_with_the_enrolment() {
        var f = linFamily(people);
        String net = linNetwork(f);

        JsonPath e = FamilyPoolGraphQLTest.shanghaiContributionFromPool(
                        f.son(), net, UUID.randomUUID().toString())
                .body("errors", nullValue())
                .extract()
                .jsonPath();
        String enrollment = e.getString("data.enroll.id");

        List<Row> mine = audit.bySubject(staff);
        Row pool = only(mine, "money:pool.contribution");
        Row contribution = only(mine, "money:contribution");
        Row mutation = only(mine, "mutation:enroll");
        assertThat(pool.target()).isEqualTo("familyPoolNetwork:" + net);
        assertThat(pool.details())
                .isEqualTo("{\"amount\": \"400.00\", \"channel\": \"SHANGHAI_POOL_BATCH\", \"founderId\": " + f.lin()
                        + ", \"networkId\": " + net + ", \"entryGroup\": "
                        + people.query("SELECT entry_group FROM family_pool_ledger_entry WHERE beneficiary_id = "
                                + f.son() + " AND account = 'CONTRIBUTIONS_PAID'")
                        + ", \"beneficiaryId\": " + f.son() + ", \"contributionYear\": 2026}");
        assertThat(contribution.target()).isEqualTo("enrollment:" + enrollment);
        assertThat(contribution.details())
                .contains("\"amount\": \"400.00\"", "\"payer\": \"FAMILY_POOL\"", "\"personId\": " + f.son());
        assertThat(mutation.target()).isEqualTo("person:" + f.son());
        // One transaction: the movement, the contribution and the mutation, one after another.
        assertThat(List.of(pool.seq(), contribution.seq(), mutation.seq()))
                .containsExactly(pool.seq(), pool.seq() + 1, pool.seq() + 2);
        // The network's set-up: create, two members, modes; then the enrolment.
        assertThat(mine)
                .extracting(Row::action)
                .containsExactly(
                        "mutation:createFamilyPoolNetwork",
                        "mutation:addFamilyPoolMember",
                        "mutation:addFamilyPoolMember",
                        "mutation:setFamilyPoolModes",
                        "money:pool.contribution",
                        "money:contribution",
                        "mutation:enroll");
        assertIntact();
    }

    @Test
    void a_ningbo_claim_of_10000_leaves_a_basic_fund_record_of_7760_and_a_pool_record_of_2240() {
        long wang = people.employee("王先生", "ningbo", LocalDate.of(1970, 1, 1), "5000.00");
        long father = people.resident("王父", "ningbo", LocalDate.of(1945, 2, 2), StudentStatus.NONE, 2025);
        String net = FamilyPoolGraphQLTest.ningboFatherBound(wang, father, List.of("PAY_MEDICAL"));

        // SPEC E3 admission 1: basic 7,760.00; the 2,240.00 left is the pool's.
        String claim = Journeys.claim(String.valueOf(father), "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00")
                .getString("data.submitClaim.id");

        List<Row> claimMoney = audit.bySubject(staff).stream()
                .filter(r -> r.action().startsWith("money:")
                        && (r.target().equals("claim:" + claim) || r.target().equals("familyPoolNetwork:" + net)))
                .toList();
        assertThat(claimMoney)
                .extracting(Row::action, Row::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "money:pool.medical",
                                "{\"amount\": \"2240.00\", \"founderId\": " + wang + ", \"networkId\": " + net
                                        + ", \"entryGroup\": "
                                        + people.query("SELECT entry_group FROM family_pool_ledger_entry"
                                                + " WHERE beneficiary_id = " + father + " AND account = 'MEDICAL_PAID'")
                                        + ", \"beneficiaryId\": " + father + "}"),
                        org.assertj.core.groups.Tuple.tuple(
                                "money:claim.basic-fund",
                                "{\"amount\": \"7760.00\", \"claimId\": " + claim + ", \"personId\": " + father + "}"));
        assertIntact();
    }

    @Test
    void the_batch_is_recorded_after_its_own_transactions_and_each_payment_in_its_members() {
        var f = linFamily(people);
        String net = linNetwork(f);

        JsonPath early = graphql(RUN_BATCH, "year", 2026, "date", "2025-12-15", "net", net)
                .extract()
                .jsonPath();
        JsonPath run = graphql(RUN_BATCH, "year", 2026, "date", "2025-12-16", "net", net)
                .extract()
                .jsonPath();

        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(run.getInt("data.runShanghaiContributionBatch.paid")).isEqualTo(1);
        List<Row> batch = audit.bySubject(staff).stream()
                .filter(r ->
                        r.action().startsWith("money:") || r.action().equals("mutation:runShanghaiContributionBatch"))
                .toList();
        assertThat(batch)
                .extracting(Row::action, Row::target, Row::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "mutation:runShanghaiContributionBatch", "familyPoolNetwork:" + net, "BAD_USER_INPUT"),
                        org.assertj.core.groups.Tuple.tuple(
                                "money:pool.contribution", "familyPoolNetwork:" + net, "OK"),
                        org.assertj.core.groups.Tuple.tuple(
                                "money:contribution", batch.get(2).target(), "OK"),
                        org.assertj.core.groups.Tuple.tuple(
                                "mutation:runShanghaiContributionBatch", "familyPoolNetwork:" + net, "OK"));
        assertThat(batch.get(1).details()).startsWith("{\"amount\": \"400.00\"");
        assertThat(batch.get(3).details()).isEqualTo("{\"year\": 2026, \"networkId\": " + net + "}");
        assertIntact();
    }

    @Test
    void no_national_id_reaches_the_trail_even_sent_as_an_id_or_registered_twice() {
        String good = TestPeople.nationalId(LocalDate.of(1988, 8, 8));
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String digits = good.endsWith("X") ? good.substring(0, 17) + "0" : good;

        register("日志", good);
        register("日志", good); // CONFLICT
        register("日志", bad); // BAD_USER_INPUT
        JsonPath asId = Journeys.claim(digits, "2026-03-02", "OUTPATIENT", "COMMUNITY", "100.00");

        assertThat(asId.getList("errors")).isNotEmpty();
        assertThat(audit.bySubject(staff))
                .extracting(Row::action, Row::target, Row::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "mutation:registerPerson",
                                audit.bySubject(staff).get(0).target(),
                                "OK"),
                        org.assertj.core.groups.Tuple.tuple("mutation:registerPerson", null, "CONFLICT"),
                        org.assertj.core.groups.Tuple.tuple("mutation:registerPerson", null, "BAD_USER_INPUT"),
                        org.assertj.core.groups.Tuple.tuple(
                                "mutation:submitClaim", null, asId.getString("errors[0].extensions.code")));
        assertThat(audit.bySubject(staff).get(3).details()).isEqualTo("{\"personId\": \"invalid\"}");
        // Not in any record of the whole trail: the numbers, nor the birth date part of them.
        assertThat(audit.rows("true"))
                .isNotEmpty()
                .noneMatch(r -> (r.subject() + r.target() + r.details()).contains(good.substring(6, 14))
                        || (r.subject() + r.target() + r.details()).contains(bad.substring(0, 14)));
    }

    @Test
    void an_officer_reading_a_person_leaves_one_record_and_a_citizen_reading_itself_none() {
        String p = Journeys.register("审计读", LocalDate.of(1979, 5, 5), "ningbo", "NONE", "null", "null");
        GraphQL.example("mini-program/MyInsurance", Map.of("personId", p));

        long citizen = Long.parseLong(p);
        when(callers.get()).thenReturn(Caller.citizen(citizen));
        GraphQL.example("mini-program/MyInsurance", Map.of("personId", p));

        assertThat(audit.bySubject(staff))
                .extracting(Row::action, Row::target, Row::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "mutation:registerPerson", "person:" + p, "{\"result\": \"person:" + p + "\"}"),
                        org.assertj.core.groups.Tuple.tuple(
                                "read:person",
                                "person:" + p,
                                "{\"via\": \"query:person\", \"count\": 1, \"personIds\": [" + p + "]}"));
        assertThat(audit.bySubject(p)).isEmpty();
    }

    @Test
    void the_audit_log_query_pages_newest_first_and_the_verification_says_intact() {
        for (int i = 1; i <= 3; i++) {
            Journeys.register("审计页" + i, LocalDate.of(1970 + i, 1, 1), "ningbo", "NONE", "null", "null");
        }
        List<Row> mine = audit.bySubject(staff);
        String page = "query($s: String, $after: String) { auditLog(first: 2, subject: $s, after: $after) {"
                + " edges { node { seq action target outcome role subject hash prevHash } }"
                + " pageInfo { hasNextPage endCursor } } }";

        // The audit log is the auditors': their token passes the role check, the caller the scope check.
        String auditor = "auditor-" + UUID.randomUUID();
        when(callers.get()).thenReturn(Caller.auditor(auditor));
        String token = Tokens.auditor(auditor);
        JsonPath first = GraphQL.callAs(token, page, "s", staff).extract().jsonPath();
        JsonPath second = GraphQL.callAs(
                        token, page, "s", staff, "after", first.getString("data.auditLog.pageInfo.endCursor"))
                .extract()
                .jsonPath();

        assertThat(first.getList("data.auditLog.edges.node.seq", Long.class))
                .containsExactly(mine.get(2).seq(), mine.get(1).seq());
        assertThat(first.getBoolean("data.auditLog.pageInfo.hasNextPage")).isTrue();
        assertThat(first.getString("data.auditLog.edges[0].node.hash"))
                .isEqualTo(mine.get(2).hash());
        assertThat(first.getString("data.auditLog.edges[0].node.target"))
                .isEqualTo(mine.get(2).target());
        assertThat(second.getList("data.auditLog.edges.node.seq", Long.class))
                .containsExactly(mine.get(0).seq());
        assertThat(second.getBoolean("data.auditLog.pageInfo.hasNextPage")).isFalse();

        JsonPath v = GraphQL.callAs(
                        token, "{ auditChainVerification { checked intact firstBrokenSeq reason headSeq headHash } }")
                .extract()
                .jsonPath();
        assertThat(v.getBoolean("data.auditChainVerification.intact")).isTrue();
        assertThat(v.getString("data.auditChainVerification.firstBrokenSeq")).isNull();
        assertThat(v.getLong("data.auditChainVerification.checked"))
                .isEqualTo(v.getLong("data.auditChainVerification.headSeq"))
                .isGreaterThanOrEqualTo(mine.get(2).seq());
    }

    private static JsonPath register(String name, String nationalId) {
        return GraphQL.post(
                "{\"query\":\"mutation($i: PersonInput!){ registerPerson(input: $i){ id } }\",\"variables\":{\"i\":{"
                        + "\"name\":\"" + name + "\",\"nationalId\":\"" + nationalId
                        + "\",\"region\":\"ningbo\",\"residency\":\"LOCAL_HUKOU\"}}}",
                null);
    }

    private static Row only(List<Row> rows, String action) {
        List<Row> found = rows.stream().filter(r -> r.action().equals(action)).toList();
        assertThat(found).as(action).hasSize(1);
        return found.get(0);
    }

    private void assertIntact() {
        AuditRows.Verification v = audit.verify();
        assertThat(v.firstBrokenSeq()).as("first broken seq (%s)", v.reason()).isNull();
    }
}
