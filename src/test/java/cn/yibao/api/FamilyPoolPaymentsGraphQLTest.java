package cn.yibao.api;

import static cn.yibao.api.FamilyPoolGraphQLTest.ADD;
import static cn.yibao.api.FamilyPoolGraphQLTest.CREATE;
import static cn.yibao.api.FamilyPoolGraphQLTest.QUERY;
import static cn.yibao.api.FamilyPoolGraphQLTest.graphql;
import static cn.yibao.api.FamilyPoolGraphQLTest.linFamily;
import static cn.yibao.api.FamilyPoolGraphQLTest.linNetwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.api.support.Journeys;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.service.FamilyPeople;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Money moved by the pool through the contract's own mutations: enroll (PAY_CONTRIBUTION) and submitClaim (PAY_MEDICAL). */
@QuarkusTest
class FamilyPoolPaymentsGraphQLTest {

    private static final String ENROLL = "mutation($i: EnrollmentInput!) { enroll(input: $i) { id amountDue payer"
            + " paymentChannel inEnrollmentWindow benefitsStart explanation { rule } } }";

    @Inject
    FamilyPeople people;

    private static JsonPath enrollFromPool(long person, String region, String net, String date, String key) {
        return graphql(
                        ENROLL,
                        "i",
                        Map.of(
                                "personId",
                                String.valueOf(person),
                                "region",
                                region,
                                "year",
                                2026,
                                "paymentDate",
                                date,
                                "payer",
                                "FAMILY_POOL",
                                "familyPoolNetworkId",
                                net,
                                "idempotencyKey",
                                key))
                .extract()
                .jsonPath();
    }

    @Test
    void e11_the_sons_2026_contribution_is_paid_from_the_pool_in_the_december_batch_and_a_retry_pays_nothing_more() {
        var f = linFamily(people);
        String net = linNetwork(f);
        String key = UUID.randomUUID().toString();
        JsonPath e = enrollFromPool(f.son(), "shanghai", net, "2025-12-16", key);
        assertThat(e.getList("errors")).isNull();
        assertThat(new BigDecimal(e.getString("data.enroll.amountDue"))).isEqualByComparingTo("400.00");
        assertThat(e.getString("data.enroll.payer")).isEqualTo("FAMILY_POOL");
        assertThat(e.getString("data.enroll.paymentChannel")).isEqualTo("SHANGHAI_POOL_BATCH");
        assertThat(e.getBoolean("data.enroll.inEnrollmentWindow")).isTrue();
        assertThat(e.getString("data.enroll.benefitsStart")).isEqualTo("2026-01-01");
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(1100.00f));

        JsonPath retry = enrollFromPool(f.son(), "shanghai", net, "2025-12-16", key);
        assertThat(retry.getString("data.enroll.id")).isEqualTo(e.getString("data.enroll.id"));
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(1100.00f));
    }

    @Test
    void a_ningbo_parents_remaining_hospital_burden_is_paid_by_the_pool_and_shown_as_the_family_pool_layer() {
        long wang = people.employee("王先生", "ningbo", LocalDate.of(1970, 1, 1), "5000.00");
        long father = people.resident("王父", "ningbo", LocalDate.of(1945, 2, 2), StudentStatus.NONE, 2025);
        String net = FamilyPoolGraphQLTest.ningboFatherBound(wang, father, List.of("PAY_MEDICAL"));

        // E3 admission 1: basic 7,760.00 leaves 2,240.00, which the pool pays in full.
        JsonPath c = Journeys.claim(String.valueOf(father), "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00");
        assertThat(new BigDecimal(c.getString("data.submitClaim.adjudication.basicFund")))
                .isEqualByComparingTo("7760.00");
        assertThat(new BigDecimal(c.getString("data.submitClaim.adjudication.familyPool")))
                .isEqualByComparingTo("2240.00");
        assertThat(new BigDecimal(c.getString("data.submitClaim.adjudication.personal")))
                .isEqualByComparingTo("0.00");
        assertThat(c.getList("data.submitClaim.adjudication.lines.layer", String.class))
                .contains("family-pool");
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(2760.00f));
    }

    @Test
    void a_members_claim_before_the_years_enrolment_does_not_block_the_enrolment_from_the_pool() {
        long wang = people.employee("王先生", "ningbo", LocalDate.of(1970, 1, 1), "5000.00");
        long mother = people.resident("王母", "ningbo", LocalDate.of(1948, 2, 2), StudentStatus.NONE, 2025);
        String net = graphql(
                        CREATE,
                        "founder",
                        String.valueOf(wang),
                        "modes",
                        List.of("PAY_CONTRIBUTION", "PAY_MEDICAL"),
                        "at",
                        "2025-12-20T10:00:00")
                .body("errors", nullValue())
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", net, "person", String.valueOf(mother), "relation", "PARENT", "at", "2025-12-20T10:05:00")
                .body("errors", nullValue());

        // 5 January: not yet enrolled for 2026, so no insurance layer pays (SPEC C1); the pool pays all 120.00.
        JsonPath c = Journeys.claim(String.valueOf(mother), "2026-01-05", "OUTPATIENT", "COMMUNITY", "120.00");
        assertThat(c.getList("errors")).isNull();
        assertThat(new BigDecimal(c.getString("data.submitClaim.adjudication.familyPool")))
                .isEqualByComparingTo("120.00");

        // 10 January: her 2026 enrolment, paid from the same pool (once a "System error": the claim had
        // already created the year's totals row).
        JsonPath e = enrollFromPool(
                mother, "ningbo", net, "2026-01-10", UUID.randomUUID().toString());
        assertThat(e.getList("errors")).isNull();
        assertThat(e.getString("data.enroll.payer")).isEqualTo("FAMILY_POOL");
        BigDecimal due = new BigDecimal(e.getString("data.enroll.amountDue"));
        assertThat(due).isPositive();
        graphql(QUERY, "id", net)
                .body(
                        "data.familyPoolNetwork.fundBalance",
                        equalTo(new BigDecimal("4880.00").subtract(due).floatValue()));
        // The uncovered claim entered no year-to-date total (SPEC P22); the enrolment created the row.
        assertThat(people.query("SELECT claims FROM year_totals WHERE person_id = " + mother + " AND year = 2026"))
                .isEqualByComparingTo("0");
    }
}
