package cn.yibao.api;

import static cn.yibao.api.FamilyPoolGraphQLTest.ADD;
import static cn.yibao.api.FamilyPoolGraphQLTest.DISSOLVE;
import static cn.yibao.api.FamilyPoolGraphQLTest.LEAVE;
import static cn.yibao.api.FamilyPoolGraphQLTest.MODES;
import static cn.yibao.api.FamilyPoolGraphQLTest.QUERY;
import static cn.yibao.api.FamilyPoolGraphQLTest.id;
import static cn.yibao.api.support.GraphQL.callAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.api.FamilyPoolGraphQLTest.Lin;
import cn.yibao.api.support.Journeys;
import cn.yibao.api.support.Tokens;
import cn.yibao.service.FamilyPeople;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Insecure direct object references: a citizen of family A names the ids of family B, a Huaihua
 * officer names a Ningbo person. Every attempt is FORBIDDEN and changes nothing.
 */
@QuarkusTest
class IdorTest {

    static final String PERSON = "query($id: ID!) { person(id: $id) { id name } }";
    static final String CLAIM = "query($id: ID!) { claim(id: $id) { id totalCost } }";
    static final String STATEMENT =
            "query($net: ID!, $viewer: ID) { familyPoolStatement(networkId: $net, viewerId: $viewer) { edges { cursor } } }";
    static final String VIEW_AS =
            "query($id: ID!, $viewer: ID) { familyPoolNetwork(id: $id, viewerId: $viewer) { id members { person { id } } } }";
    static final String FOUNDER_CLAIMS =
            "query($id: ID!) { familyPoolNetwork(id: $id) { founder { id claims { id } } } }";
    static final String ENROLL_FROM_POOL = "mutation($person: ID!, $net: ID!, $key: String) { enroll(input: {"
            + " personId: $person, region: \"shanghai\", year: 2026, paymentDate: \"2025-12-01\","
            + " payer: FAMILY_POOL, familyPoolNetworkId: $net, idempotencyKey: $key }) { id amountDue } }";
    static final String SUBMIT = "mutation($person: ID!, $key: String) { submitClaim(input: { personId: $person,"
            + " serviceDate: \"2026-03-02\", careType: INPATIENT, hospitalLevel: COMMUNITY, location: LOCAL,"
            + " inScopeCost: 10000.00, idempotencyKey: $key }) { id } }";
    static final String ESTIMATE = "query($person: ID!) { estimateClaim(input: { personId: $person,"
            + " serviceDate: \"2026-03-02\", careType: INPATIENT, hospitalLevel: COMMUNITY, location: LOCAL,"
            + " inScopeCost: 10000.00 }) { basicFund } }";
    static final String REGISTER = "mutation($id: String!) { registerPerson(input: { name: \"越权登记\","
            + " nationalId: $id, region: \"ningbo\", residency: LOCAL_HUKOU }) { id } }";
    static final String LIST = "query($region: String!) { persons(region: $region, first: 5) { edges { cursor } } }";

    @Inject
    FamilyPeople people;

    @Test
    void a_citizen_of_family_a_cannot_read_family_b() {
        Lin a = FamilyPoolGraphQLTest.linFamily(people);
        Lin b = FamilyPoolGraphQLTest.linFamily(people);
        String netB = FamilyPoolGraphQLTest.linNetwork(b);
        String linA = Tokens.citizen(id(a.lin()));

        forbidden(callAs(linA, PERSON, "id", id(b.lin())), "person");
        forbidden(callAs(linA, QUERY, "id", netB), "familyPoolNetwork");
        forbidden(callAs(linA, VIEW_AS, "id", netB, "viewer", id(b.lin())), "familyPoolNetwork");
        forbidden(callAs(linA, STATEMENT, "net", netB), "familyPoolStatement");
        forbidden(callAs(linA, ESTIMATE, "person", id(b.son())), "estimateClaim");
    }

    @Test
    void a_citizen_cannot_read_another_persons_claim_by_id() {
        String zhou = Journeys.register("周先生", LocalDate.of(1985, 4, 12), "ningbo", "NONE", "null", "null");
        Journeys.enroll(zhou, "ningbo", 2026, "RESIDENT", "2025-12-20");
        String claim = Journeys.claim(zhou, "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00")
                .getString("data.submitClaim.id");
        String stranger = Journeys.register("陌生人", LocalDate.of(1986, 5, 1), "ningbo", "NONE", "null", "null");

        forbidden(callAs(Tokens.citizen(stranger), CLAIM, "id", claim), "claim");
        callAs(Tokens.citizen(zhou), CLAIM, "id", claim)
                .body("errors", nullValue())
                .body("data.claim.totalCost", equalTo(10000.00f));
    }

    @Test
    void a_citizen_of_family_a_cannot_move_or_change_family_b() {
        Lin a = FamilyPoolGraphQLTest.linFamily(people);
        Lin b = FamilyPoolGraphQLTest.linFamily(people);
        FamilyPoolGraphQLTest.linNetwork(a);
        String netB = FamilyPoolGraphQLTest.linNetwork(b);
        String linA = Tokens.citizen(id(a.lin()));
        long ledgerBefore = count("SELECT count(*) FROM family_pool_ledger_entry");

        forbidden(callAs(linA, ENROLL_FROM_POOL, "person", id(a.son()), "net", netB, "key", key()), "enroll");
        forbidden(callAs(linA, ENROLL_FROM_POOL, "person", id(b.son()), "net", netB, "key", key()), "enroll");
        // A member does not spend the founder's account either: only the founder pays from the pool.
        forbidden(
                callAs(Tokens.citizen(id(b.son())), ENROLL_FROM_POOL, "person", id(b.son()), "net", netB, "key", key()),
                "enroll");
        forbidden(
                callAs(linA, MODES, "net", netB, "modes", List.of(), "at", "2025-12-02T09:00:00"),
                "setFamilyPoolModes");
        forbidden(
                callAs(
                        linA,
                        ADD,
                        "net",
                        netB,
                        "person",
                        id(a.lin()),
                        "relation",
                        "SPOUSE",
                        "at",
                        "2025-12-02T09:00:00"),
                "addFamilyPoolMember");
        forbidden(callAs(linA, LEAVE, "net", netB, "person", id(b.son())), "leaveFamilyPoolNetwork");
        forbidden(callAs(linA, DISSOLVE, "net", netB), "dissolveFamilyPoolNetwork");

        // Family B's network is as it was: active, both modes, both members, its balance untouched.
        FamilyPoolGraphQLTest.graphql(QUERY, "id", netB)
                .body("data.familyPoolNetwork.active", equalTo(true))
                .body("data.familyPoolNetwork.modes", containsInAnyOrder("PAY_CONTRIBUTION", "PAY_MEDICAL"))
                .body("data.familyPoolNetwork.members.person.id", contains(id(b.son()), id(b.father())))
                .body("data.familyPoolNetwork.fundBalance", equalTo(1500.00f));
        assertThat(count("SELECT count(*) FROM family_pool_ledger_entry")).isEqualTo(ledgerBefore);
        assertThat(count("SELECT count(*) FROM enrollment WHERE person_id IN (" + a.son() + "," + b.son()
                        + ") AND year = 2026"))
                .isZero();
    }

    @Test
    void a_founder_cannot_bind_a_stranger_and_so_read_the_strangers_record() {
        Lin a = FamilyPoolGraphQLTest.linFamily(people);
        Lin b = FamilyPoolGraphQLTest.linFamily(people);
        String netA = FamilyPoolGraphQLTest.linNetwork(a);

        forbidden(
                callAs(
                        Tokens.citizen(id(a.lin())),
                        ADD,
                        "net",
                        netA,
                        "person",
                        id(b.father()),
                        "relation",
                        "PARENT",
                        "at",
                        "2025-12-02T09:00:00"),
                "addFamilyPoolMember");
        FamilyPoolGraphQLTest.graphql(QUERY, "id", netA)
                .body("data.familyPoolNetwork.members.person.id", contains(id(a.son()), id(a.father())));
    }

    @Test
    void a_member_sees_the_founder_and_itself_but_not_the_founders_records_and_cannot_dissolve() {
        Lin a = FamilyPoolGraphQLTest.linFamily(people);
        String netA = FamilyPoolGraphQLTest.linNetwork(a);
        String son = Tokens.citizen(id(a.son()));

        callAs(son, QUERY, "id", netA)
                .body("errors", nullValue())
                .body("data.familyPoolNetwork.founder.id", equalTo(id(a.lin())))
                .body("data.familyPoolNetwork.members.person.id", contains(id(a.son())));
        forbidden(callAs(son, VIEW_AS, "id", netA, "viewer", id(a.lin())), "familyPoolNetwork");
        forbidden(callAs(son, PERSON, "id", id(a.lin())), "person");
        callAs(son, FOUNDER_CLAIMS, "id", netA)
                .body("data.familyPoolNetwork", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        forbidden(callAs(son, DISSOLVE, "net", netA), "dissolveFamilyPoolNetwork");
        FamilyPoolGraphQLTest.graphql(QUERY, "id", netA).body("data.familyPoolNetwork.active", equalTo(true));
    }

    @Test
    void a_huaihua_officer_cannot_touch_a_ningbo_person() {
        String zhou = Journeys.register("周先生", LocalDate.of(1985, 4, 12), "ningbo", "NONE", "null", "null");
        String huaihua = Tokens.officer("hh-officer-1", List.of("huaihua"));
        long claimsBefore = count("SELECT count(*) FROM claim WHERE person_id = " + zhou);

        forbidden(callAs(huaihua, PERSON, "id", zhou), "person");
        forbidden(callAs(huaihua, LIST, "region", "ningbo"), "persons");
        forbidden(callAs(huaihua, SUBMIT, "person", zhou, "key", key()), "submitClaim");
        forbidden(callAs(huaihua, ESTIMATE, "person", zhou), "estimateClaim");
        forbidden(callAs(huaihua, RolesTest.ENROLL_SELF, "person", zhou, "key", key()), "enroll");
        String nationalId = cn.yibao.api.support.TestPeople.nationalId(LocalDate.of(1979, 6, 6));
        String name = "越权" + key().substring(0, 8); // the only person of this name, if it were stored
        forbidden(callAs(huaihua, REGISTER.replace("越权登记", name), "id", nationalId), "registerPerson");

        assertThat(count("SELECT count(*) FROM claim WHERE person_id = " + zhou))
                .isEqualTo(claimsBefore);
        assertThat(count("SELECT count(*) FROM enrollment WHERE person_id = " + zhou))
                .isZero();
        assertThat(count("SELECT count(*) FROM person WHERE name = '" + name + "'"))
                .isZero();
        // The same requests from a Ningbo officer are served.
        callAs(Tokens.officer("nb-officer-1", List.of("ningbo")), PERSON, "id", zhou)
                .body("errors", nullValue())
                .body("data.person.id", equalTo(zhou));
    }

    static void forbidden(ValidatableResponse r, String field) {
        r.body("data." + field, nullValue()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private long count(String sql) {
        return people.query(sql).longValue();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
