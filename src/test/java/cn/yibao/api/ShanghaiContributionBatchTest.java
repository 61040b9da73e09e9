package cn.yibao.api;

import static cn.yibao.api.FamilyPoolGraphQLTest.ADD;
import static cn.yibao.api.FamilyPoolGraphQLTest.CREATE;
import static cn.yibao.api.FamilyPoolGraphQLTest.MODES;
import static cn.yibao.api.FamilyPoolGraphQLTest.QUERY;
import static cn.yibao.api.FamilyPoolGraphQLTest.graphql;
import static cn.yibao.api.FamilyPoolGraphQLTest.id;
import static cn.yibao.api.FamilyPoolGraphQLTest.linFamily;
import static cn.yibao.api.FamilyPoolGraphQLTest.linNetwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.service.FamilyPeople;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shanghai's December batch (SPEC §2.7.3, §3.22, E11) through the officials' mutation. The test
 * database is shared, so every run here is limited to the test's own network (networkId);
 * without it the batch goes over every qualifying network.
 */
@QuarkusTest
class ShanghaiContributionBatchTest {

    static final String RUN = "mutation($year: Int!, $date: Date!, $net: ID) {"
            + " runShanghaiContributionBatch(year: $year, runDate: $date, networkId: $net) {"
            + " year runDate networks members paid alreadyEnrolled employeeInsured refused amountPaid refusals { code count } } }";

    @Inject
    FamilyPeople people;

    private static JsonPath run(String date, String network) {
        return graphql(RUN, "year", 2026, "date", date, "net", network)
                .extract()
                .jsonPath();
    }

    private BigDecimal count(String sql) {
        return people.query(sql);
    }

    @Test
    void e11_the_batch_enrols_the_son_from_the_pool_once_however_often_it_runs_and_the_fund_goes_1500_to_1100() {
        var f = linFamily(people);
        String net = linNetwork(f);

        JsonPath first = run("2025-12-16", net);

        assertThat(first.getList("errors")).isNull();
        assertThat(first.getInt("data.runShanghaiContributionBatch.networks")).isEqualTo(1);
        assertThat(first.getInt("data.runShanghaiContributionBatch.members")).isEqualTo(2);
        assertThat(first.getInt("data.runShanghaiContributionBatch.paid")).isEqualTo(1);
        assertThat(first.getInt("data.runShanghaiContributionBatch.alreadyEnrolled"))
                .isEqualTo(0);
        assertThat(new BigDecimal(first.getString("data.runShanghaiContributionBatch.amountPaid")))
                .isEqualByComparingTo("400.00");
        // Her father is employee-insured (a retiree): no resident contribution for the pool to pay.
        assertThat(first.getInt("data.runShanghaiContributionBatch.employeeInsured"))
                .isEqualTo(1);
        assertThat(first.getInt("data.runShanghaiContributionBatch.refused")).isZero();
        assertThat(first.getList("data.runShanghaiContributionBatch.refusals")).isEmpty();
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(1100.00f));
        assertThat(count("SELECT count(*) FROM enrollment WHERE person_id = " + f.son() + " AND year = 2026"
                        + " AND payer = 'FAMILY_POOL' AND payment_channel = 'SHANGHAI_POOL_BATCH'"
                        + " AND amount_due = 400.00 AND payment_date = DATE '2025-12-16' AND family_pool_network_id = "
                        + net))
                .isEqualByComparingTo("1");

        JsonPath again = run("2025-12-17", net);

        assertThat(again.getList("errors")).isNull();
        assertThat(again.getInt("data.runShanghaiContributionBatch.paid")).isZero();
        assertThat(again.getInt("data.runShanghaiContributionBatch.alreadyEnrolled"))
                .isEqualTo(1);
        assertThat(new BigDecimal(again.getString("data.runShanghaiContributionBatch.amountPaid")))
                .isEqualByComparingTo("0.00");
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(1100.00f));
        assertThat(count("SELECT count(*) FROM enrollment WHERE person_id = " + f.son() + " AND year = 2026"))
                .isEqualByComparingTo("1");
        assertThat(count("SELECT count(*) FROM family_pool_ledger_entry WHERE network_id = " + net))
                .isEqualByComparingTo("2");
        assertThat(count("SELECT balance_after FROM family_pool_ledger_entry WHERE network_id = " + net
                        + " AND account = 'FOUNDER_HISTORICAL'"))
                .isEqualByComparingTo("1100.00");
    }

    @Test
    void before_the_deduction_date_the_batch_refuses_and_pays_nothing() {
        var f = linFamily(people);
        String net = linNetwork(f);
        List<Long> before = people.familyRows();

        graphql(RUN, "year", 2026, "date", "2025-12-15", "net", net)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));

        assertThat(people.familyRows()).isEqualTo(before);
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(1500.00f));
    }

    @Test
    void a_network_that_chose_pay_contribution_after_15_december_17_00_is_not_in_the_batch() {
        var f = linFamily(people);
        String net = graphql(CREATE, "founder", id(f.lin()), "modes", List.of(), "at", "2025-11-20T10:00:00")
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", net, "person", id(f.son()), "relation", "CHILD", "at", "2025-11-20T10:00:00");
        graphql(MODES, "net", net, "modes", List.of("PAY_CONTRIBUTION"), "at", "2025-12-15T17:30:00")
                .body("errors", nullValue());

        JsonPath r = run("2025-12-16", net);

        assertThat(r.getInt("data.runShanghaiContributionBatch.networks")).isZero();
        assertThat(r.getInt("data.runShanghaiContributionBatch.paid")).isZero();
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(1500.00f));
    }

    @Test
    void a_fund_of_exactly_400_is_not_greater_than_the_contribution_so_the_son_is_refused_and_nothing_is_stored() {
        long lin = people.employee("林女士", "shanghai", java.time.LocalDate.of(1988, 3, 14), "400.00");
        long son = people.resident(
                "林子",
                "shanghai",
                java.time.LocalDate.of(2016, 9, 1),
                cn.yibao.policy.model.StudentStatus.PRIMARY_SECONDARY,
                2025);
        String net = graphql(
                        CREATE, "founder", id(lin), "modes", List.of("PAY_CONTRIBUTION"), "at", "2025-12-01T09:00:00")
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        graphql(ADD, "net", net, "person", id(son), "relation", "CHILD", "at", "2025-12-01T09:00:00")
                .body("errors", nullValue());

        JsonPath r = run("2025-12-16", net);

        assertThat(r.getInt("data.runShanghaiContributionBatch.refused")).isEqualTo(1);
        assertThat(r.getList("data.runShanghaiContributionBatch.refusals.code")).containsExactly("INSUFFICIENT_FUNDS");
        assertThat(count("SELECT count(*) FROM enrollment WHERE person_id = " + son))
                .isEqualByComparingTo("0");
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(400.00f));
    }
}
