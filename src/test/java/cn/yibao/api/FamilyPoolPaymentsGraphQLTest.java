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
import cn.yibao.service.PersonService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Money moved by the pool through the contract's own mutations: enroll (PAY_CONTRIBUTION) and submitClaim (PAY_MEDICAL). */
@QuarkusTest
class FamilyPoolPaymentsGraphQLTest {

    private static final String ENROLL = "mutation($i: EnrollmentInput!) { enroll(input: $i) { id amountDue payer"
            + " paymentChannel inEnrollmentWindow benefitsStart explanation { rule } } }";

    @Inject
    PersonService personService;

    @Inject
    DataSource db;

    FamilyPeople people;

    @BeforeEach
    void people() {
        people = new FamilyPeople(personService, db);
    }

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
        Journeys.enroll(String.valueOf(father), "ningbo", 2026, "RESIDENT", "2025-12-20");
        String net = graphql(
                        CREATE,
                        "founder",
                        String.valueOf(wang),
                        "modes",
                        List.of("PAY_MEDICAL"),
                        "at",
                        "2026-01-05T10:00:00")
                .body("errors", nullValue())
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", net, "person", String.valueOf(father), "relation", "PARENT", "at", "2026-01-05T10:05:00")
                .body("errors", nullValue());

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
}
