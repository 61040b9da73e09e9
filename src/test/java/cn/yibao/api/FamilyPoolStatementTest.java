package cn.yibao.api;

import static cn.yibao.api.FamilyPoolGraphQLTest.graphql;
import static cn.yibao.api.FamilyPoolGraphQLTest.id;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.service.ContributionPaymentCommand;
import cn.yibao.service.FamilyPeople;
import cn.yibao.service.FamilyPoolService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A network's ledger statement through GraphQL: newest first, in pages, and private to each member. */
@QuarkusTest
class FamilyPoolStatementTest {

    static final String STATEMENT = "query($net: ID!, $viewer: ID, $first: Int, $after: String) {"
            + " familyPoolStatement(networkId: $net, viewerId: $viewer, first: $first, after: $after) {"
            + " edges { cursor node { id paidTo amount fundBalanceAfter contributionYear paymentChannel"
            + " businessDate rule beneficiary { id } entries { account amount } } }"
            + " pageInfo { hasNextPage endCursor } } }";

    @Inject
    FamilyPoolService pools;

    @Inject
    FamilyPeople people;

    /** E11: the son's 400.00 (→ 1,100.00), the father's 180.00 (→ 920.00), then the son's 50.00 (→ 870.00). */
    private String withThreeMovements(FamilyPoolGraphQLTest.Lin f) {
        String net = FamilyPoolGraphQLTest.linNetwork(f);
        pools.payContribution(new ContributionPaymentCommand(
                Long.parseLong(net),
                f.lin(),
                f.son(),
                2026,
                Region.SHANGHAI,
                ResidentCategory.PRIMARY_SECONDARY_STUDENT,
                Money.of("400.00"),
                LocalDate.of(2025, 12, 16),
                null));
        pools.payMedical(f.father(), Money.of("180.00"), LocalDate.of(2026, 3, 4), "claim-" + f.father());
        pools.payMedical(f.son(), Money.of("50.00"), LocalDate.of(2026, 4, 1), "claim-" + f.son());
        return net;
    }

    @Test
    void the_founder_reads_the_statement_newest_first_two_movements_per_page() {
        FamilyPoolGraphQLTest.Lin f = FamilyPoolGraphQLTest.linFamily(people);
        String net = withThreeMovements(f);

        String end = graphql(STATEMENT, "net", net, "first", 2)
                .body("errors", nullValue())
                .body("data.familyPoolStatement.edges.node.amount", contains(50.00f, 180.00f))
                .body("data.familyPoolStatement.edges.node.fundBalanceAfter", contains(870.00f, 920.00f))
                .body("data.familyPoolStatement.edges.node.paidTo", contains("MEDICAL_PAID", "MEDICAL_PAID"))
                .body("data.familyPoolStatement.edges.node.beneficiary.id", contains(id(f.son()), id(f.father())))
                .body("data.familyPoolStatement.pageInfo.hasNextPage", equalTo(true))
                .extract()
                .path("data.familyPoolStatement.pageInfo.endCursor");

        graphql(STATEMENT, "net", net, "viewer", id(f.lin()), "first", 2, "after", end)
                .body("data.familyPoolStatement.edges.node.amount", contains(400.00f))
                .body("data.familyPoolStatement.edges[0].node.paidTo", equalTo("CONTRIBUTIONS_PAID"))
                .body("data.familyPoolStatement.edges[0].node.contributionYear", equalTo(2026))
                .body("data.familyPoolStatement.edges[0].node.paymentChannel", equalTo("SHANGHAI_POOL_BATCH"))
                .body("data.familyPoolStatement.edges[0].node.businessDate", equalTo("2025-12-16"))
                .body("data.familyPoolStatement.edges[0].node.rule", equalTo("family.sh.contribution"))
                .body("data.familyPoolStatement.edges[0].node.fundBalanceAfter", equalTo(1100.00f))
                .body(
                        "data.familyPoolStatement.edges[0].node.entries.account",
                        contains("FOUNDER_HISTORICAL", "CONTRIBUTIONS_PAID"))
                .body("data.familyPoolStatement.edges[0].node.entries.amount", contains(-400.00f, 400.00f))
                .body("data.familyPoolStatement.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void a_member_sees_only_the_movements_for_itself_and_a_stranger_none() {
        FamilyPoolGraphQLTest.Lin f = FamilyPoolGraphQLTest.linFamily(people);
        String net = withThreeMovements(f);
        long stranger = people.employee("路人", "shanghai", LocalDate.of(1990, 1, 1), "10.00");

        graphql(STATEMENT, "net", net, "viewer", id(f.son()))
                .body("data.familyPoolStatement.edges.node.amount", contains(50.00f, 400.00f))
                .body("data.familyPoolStatement.pageInfo.hasNextPage", equalTo(false));
        graphql(STATEMENT, "net", net, "viewer", id(stranger))
                .body("errors[0].extensions.code", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void a_page_size_outside_1_to_100_or_a_foreign_cursor_is_bad_user_input() {
        FamilyPoolGraphQLTest.Lin f = FamilyPoolGraphQLTest.linFamily(people);
        String net = FamilyPoolGraphQLTest.linNetwork(f);

        graphql(STATEMENT, "net", net, "first", 0).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(STATEMENT, "net", net, "first", 101).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(STATEMENT, "net", net, "after", "not-a-cursor")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(STATEMENT, "net", "999999999").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
