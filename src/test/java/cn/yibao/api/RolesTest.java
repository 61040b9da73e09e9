package cn.yibao.api;

import static cn.yibao.api.IdorTest.ESTIMATE;
import static cn.yibao.api.IdorTest.LIST;
import static cn.yibao.api.IdorTest.PERSON;
import static cn.yibao.api.IdorTest.REGISTER;
import static cn.yibao.api.IdorTest.SUBMIT;
import static cn.yibao.api.IdorTest.forbidden;
import static cn.yibao.api.support.GraphQL.callAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.api.support.Journeys;
import cn.yibao.api.support.TestPeople;
import cn.yibao.api.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each role's allowed and refused operations (issue 5); the refusals store nothing. */
@QuarkusTest
class RolesTest {

    static final String ENROLL_SELF = "mutation($person: ID!, $key: String) { enroll(input: { personId: $person,"
            + " region: \"ningbo\", year: 2026, paymentDate: \"2025-12-20\", payer: SELF, idempotencyKey: $key })"
            + " { id amountDue } }";
    static final String BATCH =
            "mutation { runShanghaiContributionBatch(year: 2026, runDate: \"2025-12-16\") { networks } }";
    static final String CREATE_NETWORK =
            "mutation($founder: ID!) { createFamilyPoolNetwork(founderId: $founder, modes: []) { id } }";
    static final String QUOTE = "query { quoteContribution(input: { region: \"ningbo\", year: 2026,"
            + " birthDate: \"1985-04-12\", paymentDate: \"2025-12-20\", residency: LOCAL_HUKOU }) { amountDue } }";

    @Test
    void anyone_may_quote_but_an_anonymous_caller_may_not_register() {
        callAs(null, QUOTE).body("errors", nullValue()).body("data.quoteContribution.amountDue", equalTo(800.00f));
        callAs(null, REGISTER, "id", TestPeople.nationalId(LocalDate.of(1980, 1, 1)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void a_citizen_enrolls_and_estimates_for_itself_but_does_no_office_work() {
        String zhou = Journeys.register("周先生", LocalDate.of(1985, 4, 12), "ningbo", "NONE", "null", "null");
        Journeys.history(zhou, 2025, "ningbo", "RESIDENT", "1200.00");
        String me = Tokens.citizen(zhou);
        // SPEC E3: a Ningbo adult's 2026 contribution is 800.00; a community admission of 10,000 pays 7,760.
        callAs(me, ENROLL_SELF, "person", zhou, "key", UUID.randomUUID().toString())
                .body("errors", nullValue())
                .body("data.enroll.amountDue", equalTo(800.00f));
        callAs(me, ESTIMATE, "person", zhou)
                .body("errors", nullValue())
                .body("data.estimateClaim.basicFund", equalTo(7760.00f));

        forbidden(callAs(me, SUBMIT, "person", zhou, "key", UUID.randomUUID().toString()), "submitClaim");
        forbidden(callAs(me, REGISTER, "id", TestPeople.nationalId(LocalDate.of(1981, 2, 2))), "registerPerson");
        forbidden(callAs(me, LIST, "region", "ningbo"), "persons");
        forbidden(callAs(me, BATCH), "runShanghaiContributionBatch");
    }

    @Test
    void an_officer_registers_enrolls_and_settles_claims_in_its_region() {
        String nb = Tokens.officer("nb-officer-2", List.of("ningbo"));
        String zhou = callAs(nb, REGISTER, "id", TestPeople.nationalId(LocalDate.of(1985, 4, 12)))
                .body("errors", nullValue())
                .extract()
                .path("data.registerPerson.id");
        callAs(nb, ENROLL_SELF, "person", zhou, "key", UUID.randomUUID().toString())
                .body("errors", nullValue())
                .body("data.enroll.amountDue", equalTo(800.00f));
        callAs(nb, SUBMIT, "person", zhou, "key", UUID.randomUUID().toString())
                .body("errors", nullValue())
                .body("data.submitClaim.id", notNullValue());
        callAs(nb, LIST, "region", "ningbo").body("errors", nullValue());
        forbidden(callAs(nb, BATCH), "runShanghaiContributionBatch");
    }

    @Test
    void only_an_auditor_reads_the_audit_log() {
        String log = "{ auditLog(first: 1) { edges { node { seq } } } }";
        String zhou = Journeys.register("周先生", LocalDate.of(1985, 4, 12), "ningbo", "NONE", "null", "null");

        forbidden(callAs(Tokens.citizen(zhou), log), "auditLog");
        forbidden(callAs(Tokens.officer("nb-officer-3", List.of("ningbo")), log), "auditLog");
        callAs(null, log).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        callAs(Tokens.auditor("auditor-2"), log)
                .body("errors", nullValue())
                .body("data.auditLog.edges.size()", equalTo(1));
    }

    @Test
    void an_auditor_reads_every_region_and_changes_nothing() {
        String zhou = Journeys.register("周先生", LocalDate.of(1985, 4, 12), "ningbo", "NONE", "null", "null");
        String hh = Journeys.register("怀化人", LocalDate.of(1975, 1, 9), "huaihua", "NONE", "null", "null");
        String auditor = Tokens.auditor("auditor-1");

        callAs(auditor, PERSON, "id", zhou).body("errors", nullValue()).body("data.person.id", equalTo(zhou));
        callAs(auditor, PERSON, "id", hh).body("errors", nullValue()).body("data.person.id", equalTo(hh));
        callAs(auditor, LIST, "region", "huaihua").body("errors", nullValue());

        forbidden(callAs(auditor, REGISTER, "id", TestPeople.nationalId(LocalDate.of(1982, 3, 3))), "registerPerson");
        forbidden(
                callAs(
                        auditor,
                        ENROLL_SELF,
                        "person",
                        zhou,
                        "key",
                        UUID.randomUUID().toString()),
                "enroll");
        forbidden(
                callAs(auditor, SUBMIT, "person", zhou, "key", UUID.randomUUID().toString()), "submitClaim");
        forbidden(callAs(auditor, CREATE_NETWORK, "founder", zhou), "createFamilyPoolNetwork");
        callAs(auditor, "query($id: ID!) { person(id: $id) { enrollments { id } claims { id } } }", "id", zhou)
                .body("data.person.enrollments.size()", equalTo(0))
                .body("data.person.claims.size()", equalTo(0));
    }
}
