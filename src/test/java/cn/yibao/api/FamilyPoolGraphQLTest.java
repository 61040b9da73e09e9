package cn.yibao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Journeys;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.service.FamilyPeople;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC E11 and the family mutual-aid operations of the contract, through GraphQL (§3.21, §3.22, §7). */
@QuarkusTest
class FamilyPoolGraphQLTest {

    static final String NETWORK =
            "id model active modes fundBalance founder { id name }" + " members { relation person { id name } }";

    static final String CREATE = "mutation($founder: ID!, $modes: [PoolMode!]!, $at: DateTime) {"
            + " createFamilyPoolNetwork(founderId: $founder, modes: $modes, at: $at) { " + NETWORK + " } }";
    static final String ADD = "mutation($net: ID!, $person: ID!, $relation: Relation!, $at: DateTime) {"
            + " addFamilyPoolMember(networkId: $net, personId: $person, relation: $relation, at: $at) { "
            + NETWORK + " } }";
    static final String MODES = "mutation($net: ID!, $modes: [PoolMode!]!, $at: DateTime) {"
            + " setFamilyPoolModes(networkId: $net, modes: $modes, at: $at) { " + NETWORK + " } }";
    static final String LEAVE = "mutation($net: ID!, $person: ID!) {"
            + " leaveFamilyPoolNetwork(networkId: $net, personId: $person) { " + NETWORK + " } }";
    static final String DISSOLVE =
            "mutation($net: ID!) { dissolveFamilyPoolNetwork(networkId: $net) { " + NETWORK + " } }";
    static final String QUERY =
            "query($id: ID!, $viewer: ID) { familyPoolNetwork(id: $id, viewerId: $viewer) { " + NETWORK + " } }";

    static final String CREATED = "2025-11-20T10:00:00";
    static final String MODES_SET = "2025-12-01T09:00:00";

    @Inject
    FamilyPeople people;

    static ValidatableResponse graphql(String document, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        return GraphQL.authorized()
                .contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", vars))
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    /** Ms Lin (Shanghai employee, 1,500.00), her son (pupil, Shanghai resident-insured) and father (retiree). */
    record Lin(long lin, long son, long father) {}

    Lin linFamily() {
        return linFamily(people);
    }

    static Lin linFamily(FamilyPeople people) {
        return new Lin(
                people.employee("林女士", "shanghai", LocalDate.of(1988, 3, 14), "1500.00"),
                people.resident("林子", "shanghai", LocalDate.of(2016, 9, 1), StudentStatus.PRIMARY_SECONDARY, 2025),
                people.retiree("林父", "shanghai", LocalDate.of(1958, 5, 2), "120.00"));
    }

    /**
     * A Ningbo founder (5,000.00 account) whose father is resident-insured for 2026 (enrolled on
     * 20 Dec 2025) binds him with these modes on 5 Jan 2026; returns the network id.
     */
    static String ningboFatherBound(long founder, long father, List<String> modes) {
        Journeys.enroll(String.valueOf(father), "ningbo", 2026, "RESIDENT", "2025-12-20");
        String net = graphql(CREATE, "founder", id(founder), "modes", modes, "at", "2026-01-05T10:00:00")
                .body("errors", nullValue())
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", net, "person", id(father), "relation", "PARENT", "at", "2026-01-05T10:05:00")
                .body("errors", nullValue());
        return net;
    }

    /** E11's payment: a Lin family member's 2026 Shanghai contribution from the pool on 16 Dec. */
    static ValidatableResponse shanghaiContributionFromPool(long person, String net, String idempotencyKey) {
        return graphql(
                "mutation($i: EnrollmentInput!) { enroll(input: $i) { id amountDue } }",
                "i",
                Map.of(
                        "personId",
                        id(person),
                        "region",
                        "shanghai",
                        "year",
                        2026,
                        "paymentDate",
                        "2025-12-16",
                        "payer",
                        "FAMILY_POOL",
                        "familyPoolNetworkId",
                        net,
                        "idempotencyKey",
                        idempotencyKey));
    }

    /** E11 up to the mode change; returns the network id. */
    static String linNetwork(Lin f) {
        String net = graphql(CREATE, "founder", id(f.lin()), "modes", List.of(), "at", CREATED)
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", net, "person", id(f.son()), "relation", "CHILD", "at", CREATED);
        graphql(ADD, "net", net, "person", id(f.father()), "relation", "PARENT", "at", CREATED);
        graphql(MODES, "net", net, "modes", List.of("PAY_CONTRIBUTION", "PAY_MEDICAL"), "at", MODES_SET)
                .body("errors", nullValue());
        return net;
    }

    @Test
    void e11_ms_lin_creates_a_network_adds_her_son_and_father_and_sets_both_modes_before_the_deadline() {
        Lin f = linFamily();

        graphql(CREATE, "founder", id(f.lin()), "modes", List.of(), "at", CREATED)
                .body("errors", nullValue())
                .body("data.createFamilyPoolNetwork.model", equalTo("NETWORK"))
                .body("data.createFamilyPoolNetwork.active", equalTo(true))
                .body("data.createFamilyPoolNetwork.modes", empty())
                .body("data.createFamilyPoolNetwork.fundBalance", equalTo(1500.00f))
                .body("data.createFamilyPoolNetwork.founder.id", equalTo(id(f.lin())))
                .body("data.createFamilyPoolNetwork.members", empty());
        String net = graphql(QUERY, "id", "0").extract().path("data.familyPoolNetwork.id");
        assertThat(net).isNull();

        net = people.query("SELECT id FROM family_pool_network WHERE active AND founder_id = " + f.lin())
                .toPlainString();
        graphql(ADD, "net", net, "person", id(f.son()), "relation", "CHILD", "at", CREATED)
                .body("errors", nullValue())
                .body("data.addFamilyPoolMember.members.relation", contains("CHILD"));
        graphql(ADD, "net", net, "person", id(f.father()), "relation", "PARENT", "at", CREATED)
                .body("data.addFamilyPoolMember.members.person.id", contains(id(f.son()), id(f.father())))
                .body("data.addFamilyPoolMember.members.relation", contains("CHILD", "PARENT"));
        graphql(MODES, "net", net, "modes", List.of("PAY_CONTRIBUTION", "PAY_MEDICAL"), "at", MODES_SET)
                .body("errors", nullValue())
                .body("data.setFamilyPoolModes.modes", containsInAnyOrder("PAY_CONTRIBUTION", "PAY_MEDICAL"));
        assertThat(people.query("SELECT count(*) FROM family_pool_network WHERE id = " + net
                        + " AND contribution_mode_since = TIMESTAMP '2025-12-01 09:00'"))
                .isEqualByComparingTo("1");
    }

    @Test
    void e11_the_son_sees_ms_lin_and_himself_only_while_the_founder_sees_everyone() {
        Lin f = linFamily();
        String net = linNetwork(f);

        graphql(QUERY, "id", net, "viewer", id(f.son()))
                .body("data.familyPoolNetwork.founder.id", equalTo(id(f.lin())))
                .body("data.familyPoolNetwork.members.person.id", contains(id(f.son())));
        graphql(QUERY, "id", net, "viewer", id(f.lin()))
                .body("data.familyPoolNetwork.members.person.id", contains(id(f.son()), id(f.father())));
        graphql(QUERY, "id", net)
                .body("data.familyPoolNetwork.members.person.id", contains(id(f.son()), id(f.father())));
    }

    @Test
    void a_persons_own_network_is_shown_as_that_person_sees_it() {
        Lin f = linFamily();
        String net = linNetwork(f);

        graphql(
                        "query($id: ID!) { familyPoolNetwork(id: $id) { founder { familyPoolNetwork { id members { person"
                                + " { id } } } } members { person { id familyPoolNetwork { id founder { id }"
                                + " members { person { id } } } } } } }",
                        "id",
                        net)
                .body("errors", nullValue())
                .body(
                        "data.familyPoolNetwork.founder.familyPoolNetwork.members.person.id",
                        contains(id(f.son()), id(f.father())))
                .body("data.familyPoolNetwork.members[0].person.familyPoolNetwork.id", equalTo(net))
                .body(
                        "data.familyPoolNetwork.members[0].person.familyPoolNetwork.members.person.id",
                        contains(id(f.son())))
                .body(
                        "data.familyPoolNetwork.members[1].person.familyPoolNetwork.members.person.id",
                        contains(id(f.father())));
    }

    @Test
    void a_stranger_may_not_view_the_network() {
        Lin f = linFamily();
        String net = linNetwork(f);
        long stranger = people.employee("路人", "shanghai", LocalDate.of(1990, 1, 1), "10.00");

        graphql(QUERY, "id", net, "viewer", id(stranger))
                .body("data.familyPoolNetwork", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void a_founder_without_a_historical_balance_is_not_eligible_and_nothing_is_stored() {
        long poor = people.employee("无余额", "shanghai", LocalDate.of(1985, 6, 6), "0.00");
        List<Long> before = people.familyRows();

        graphql(CREATE, "founder", id(poor), "modes", List.of("PAY_MEDICAL"), "at", CREATED)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_ELIGIBLE"))
                .body("errors[0].message", startsWith("不符合办理条件"));

        assertThat(people.familyRows()).isEqualTo(before);
    }

    @Test
    void an_uninsured_relative_is_not_eligible_as_a_member_and_nothing_is_stored() {
        Lin f = linFamily();
        String net = linNetwork(f);
        long aunt = people.uninsured("林姨", "shanghai", LocalDate.of(1970, 4, 4));
        List<Long> before = people.familyRows();

        graphql(ADD, "net", net, "person", id(aunt), "relation", "SIBLING", "at", CREATED)
                .body("errors[0].extensions.code", equalTo("NOT_ELIGIBLE"));

        assertThat(people.familyRows()).isEqualTo(before);
    }

    @Test
    void e11_her_father_already_in_her_brothers_network_cannot_join_hers_and_she_cannot_found_a_second() {
        Lin f = linFamily();
        long brother = people.employee("林兄", "shanghai", LocalDate.of(1984, 8, 8), "900.00");
        String brothers = graphql(CREATE, "founder", id(brother), "modes", List.of(), "at", CREATED)
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", brothers, "person", id(f.father()), "relation", "PARENT", "at", CREATED)
                .body("errors", nullValue());
        String hers = graphql(CREATE, "founder", id(f.lin()), "modes", List.of(), "at", CREATED)
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        List<Long> before = people.familyRows();

        graphql(ADD, "net", hers, "person", id(f.father()), "relation", "PARENT", "at", CREATED)
                .body("errors[0].extensions.code", equalTo("ALREADY_IN_NETWORK"));
        graphql(CREATE, "founder", id(f.lin()), "modes", List.of(), "at", CREATED)
                .body("errors[0].extensions.code", equalTo("ALREADY_IN_NETWORK"));
        graphql(ADD, "net", hers, "person", id(brother), "relation", "SIBLING", "at", CREATED)
                .body("errors[0].extensions.code", equalTo("ALREADY_IN_NETWORK"));

        assertThat(people.familyRows()).isEqualTo(before);
    }

    @Test
    void a_sibling_is_no_relative_for_ningbo_medical_use_in_english_on_request() {
        long wang = people.employee("老王", "ningbo", LocalDate.of(1965, 2, 3), "5000.00");
        long sister = people.resident("王妹", "ningbo", LocalDate.of(1968, 10, 10), StudentStatus.NONE, 2025);
        String binding = graphql(
                        CREATE, "founder", id(wang), "modes", List.of("PAY_MEDICAL"), "at", "2025-06-01T10:00:00")
                .body("data.createFamilyPoolNetwork.model", equalTo("AUTHORISATION"))
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        List<Long> before = people.familyRows();

        GraphQL.authorized()
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of(
                        "query",
                        ADD,
                        "variables",
                        Map.of(
                                "net",
                                binding,
                                "person",
                                id(sister),
                                "relation",
                                "SIBLING",
                                "at",
                                "2025-06-01T10:00:00")))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", equalTo("NOT_A_RELATIVE"))
                .body("errors[0].message", startsWith("This relation is not a close relative"));

        assertThat(people.familyRows()).isEqualTo(before);
    }

    @Test
    void an_unknown_network_or_person_is_not_found_and_nothing_is_stored() {
        Lin f = linFamily();
        String net = linNetwork(f);
        List<Long> before = people.familyRows();

        graphql(ADD, "net", "999999999", "person", id(f.son()), "relation", "CHILD")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(ADD, "net", net, "person", "999999999", "relation", "CHILD")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(LEAVE, "net", net, "person", id(f.lin() + 999_999_999L))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(DISSOLVE, "net", "999999999").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(QUERY, "id", "999999999")
                .body("data.familyPoolNetwork", nullValue())
                .body("errors", nullValue());

        assertThat(people.familyRows()).isEqualTo(before);
    }

    @Test
    void the_son_leaves_and_no_longer_sees_the_network_and_the_founder_cannot_leave() {
        Lin f = linFamily();
        String net = linNetwork(f);

        graphql(LEAVE, "net", net, "person", id(f.son()))
                .body("errors", nullValue())
                .body("data.leaveFamilyPoolNetwork.founder.id", equalTo(id(f.lin())))
                .body("data.leaveFamilyPoolNetwork.members", empty());
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.members.person.id", contains(id(f.father())));
        graphql(QUERY, "id", net, "viewer", id(f.son())).body("errors[0].extensions.code", equalTo("NOT_ELIGIBLE"));
        graphql(LEAVE, "net", net, "person", id(f.lin())).body("errors[0].extensions.code", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void the_founder_dissolves_the_network_and_her_father_may_then_join_another() {
        Lin f = linFamily();
        String net = linNetwork(f);
        long brother = people.employee("林兄", "shanghai", LocalDate.of(1984, 8, 8), "900.00");

        graphql(DISSOLVE, "net", net)
                .body("errors", nullValue())
                .body("data.dissolveFamilyPoolNetwork.active", equalTo(false))
                .body("data.dissolveFamilyPoolNetwork.members", empty())
                .body("data.dissolveFamilyPoolNetwork.fundBalance", equalTo(1500.00f));
        graphql(DISSOLVE, "net", net).body("data.dissolveFamilyPoolNetwork.active", equalTo(false));
        graphql(ADD, "net", net, "person", id(f.son()), "relation", "CHILD", "at", CREATED)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        String brothers = graphql(CREATE, "founder", id(brother), "modes", List.of(), "at", CREATED)
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", brothers, "person", id(f.father()), "relation", "PARENT", "at", CREATED)
                .body("errors", nullValue())
                .body("data.addFamilyPoolMember.members.person.id", contains(id(f.father())));
        assertThat(people.balance(f.lin())).isEqualTo(Money.of("1500.00"));
    }

    static String id(long id) {
        return String.valueOf(id);
    }
}
