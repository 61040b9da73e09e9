package cn.yibao.api;

import static cn.yibao.api.support.Journeys.claim;
import static cn.yibao.api.support.Journeys.enroll;
import static cn.yibao.api.support.Journeys.history;
import static cn.yibao.api.support.Journeys.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC's worked examples end to end through the example operations, over PostgreSQL. */
@QuarkusTest
class CitizenJourneyTest {

    private static BigDecimal dec(JsonPath r, String path) {
        return new BigDecimal(r.getString(path));
    }

    @Test
    void e3_a_ningbo_adult_enrolls_for_2026_and_two_admissions_are_paid_43130() {
        String zhou = register("周先生", LocalDate.of(1985, 4, 12), "ningbo", "NONE", "null", "null");
        history(zhou, 2025, "ningbo", "RESIDENT", "1200.00");
        JsonPath e = enroll(zhou, "ningbo", 2026, "RESIDENT", "2025-12-20");
        assertThat(e.getString("data.enroll.category")).isEqualTo("ADULT");
        assertThat(dec(e, "data.enroll.amountDue")).isEqualByComparingTo("800.00");
        assertThat(e.getString("data.enroll.benefitsStart")).isEqualTo("2026-01-01");
        assertThat(e.getInt("data.enroll.waitingPeriod.totalMonths")).isZero();
        assertThat(e.getString("data.enroll.paymentChannel")).isEqualTo("DIRECT");
        assertThat(e.getList("data.enroll.explanation.rule", String.class)).contains("contribution.individual");

        JsonPath a1 = claim(zhou, "2026-03-02", "INPATIENT", "COMMUNITY", "10000.00");
        assertThat(dec(a1, "data.submitClaim.adjudication.basicFund")).isEqualByComparingTo("7760.00");
        assertThat(dec(a1, "data.submitClaim.adjudication.personal")).isEqualByComparingTo("2240.00");
        assertThat(a1.getList("data.submitClaim.adjudication.notComputed", String.class))
                .contains("critical-illness");
        JsonPath a2 = claim(zhou, "2026-09-01", "INPATIENT", "LEVEL_3", "50000.00");
        assertThat(dec(a2, "data.submitClaim.adjudication.basicFund")).isEqualByComparingTo("35370.00");
        assertThat(dec(a2, "data.submitClaim.adjudication.personal")).isEqualByComparingTo("14630.00");
        assertThat(a2.getList("data.submitClaim.adjudication.lines.rule", String.class))
                .contains("inpatient.deductible-topup", "inpatient.segment");

        // The mini-program asks as the citizen itself.
        JsonPath me = GraphQL.exampleAs(Tokens.citizen(zhou), "mini-program/MyInsurance", Map.of("personId", zhou));
        assertThat(me.getList("data.person.claims.adjudication.basicFund", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("7760.00"), new BigDecimal("35370.00"));
        assertThat(me.getString("data.person.nationalIdMasked")).matches("33\\d{2}\\*{10}\\d{3}[\\dX]");
        assertThat(me.getInt("data.person.enrollments[0].policyYear.year")).isEqualTo(2026);
    }

    @Test
    void e2_e4_a_late_huaihua_enrolment_waits_until_15_july_then_pays_basic_and_critical_illness() {
        String li = register("李女士", LocalDate.of(1980, 1, 1), "huaihua", "NONE", "null", "null");
        history(li, 2023, "huaihua", "RESIDENT", "300.00");
        JsonPath e = enroll(li, "huaihua", 2026, "RESIDENT", "2026-03-15");
        assertThat(dec(e, "data.enroll.amountDue")).isEqualByComparingTo("1100.00");
        assertThat(e.getBoolean("data.enroll.inEnrollmentWindow")).isFalse();
        assertThat(e.getInt("data.enroll.waitingPeriod.fixedMonths")).isEqualTo(3);
        assertThat(e.getInt("data.enroll.waitingPeriod.variableMonths")).isEqualTo(1);
        assertThat(e.getString("data.enroll.benefitsStart")).isEqualTo("2026-07-15");

        JsonPath waiting = claim(li, "2026-07-14", "INPATIENT", "LEVEL_3", "100000.00");
        assertThat(dec(waiting, "data.submitClaim.adjudication.basicFund")).isEqualByComparingTo("0.00");
        assertThat(dec(waiting, "data.submitClaim.adjudication.personal")).isEqualByComparingTo("100000.00");
        assertThat(waiting.getList("data.submitClaim.adjudication.lines.rule", String.class))
                .contains("coverage.waiting");

        // E4 admission 1 (the waiting-period claim did not accumulate, P22): 98,800 × 0.65; CI 19,780 × 0.60.
        JsonPath covered = claim(li, "2026-07-15", "INPATIENT", "LEVEL_3", "100000.00");
        assertThat(dec(covered, "data.submitClaim.adjudication.basicFund")).isEqualByComparingTo("64220.00");
        assertThat(dec(covered, "data.submitClaim.adjudication.criticalIllness"))
                .isEqualByComparingTo("11868.00");
        assertThat(dec(covered, "data.submitClaim.adjudication.personal")).isEqualByComparingTo("23912.00");
    }

    @Test
    void e5_an_employee_outpatient_year_is_paid_from_the_account_then_the_self_pay_then_the_fund() {
        String chen = register("陈先生", LocalDate.of(1983, 1, 1), "ningbo", "EMPLOYED", "8000.00", "0.00");
        history(chen, 2022, "ningbo", "EMPLOYEE", "null");
        JsonPath e = enroll(chen, "ningbo", 2023, "EMPLOYEE", "2023-01-01");
        assertThat(e.getString("data.enroll.benefitsStart")).isEqualTo("2023-01-01");
        assertThat(dec(e, "data.enroll.amountDue")).isEqualByComparingTo("1920.00"); // 12 × 8,000 × 2 %
        assertThat(e.getList("data.enroll.explanation.rule", String.class)).contains("account.pre-credit");

        record Row(String date, String level, String cost, String account, String basic, String personal) {}
        List<Row> rows = List.of(
                new Row("2023-02-10", "LEVEL_3", "2000.00", "2000.00", "0.00", "0.00"),
                new Row("2023-05-06", "COMMUNITY", "1500.00", "1264.00", "0.00", "236.00"),
                new Row("2023-08-21", "LEVEL_3", "3000.00", "0.00", "1752.00", "1248.00"),
                new Row("2023-11-03", "COMMUNITY", "1000.00", "0.00", "860.00", "140.00"));
        for (Row row : rows) {
            JsonPath c = claim(chen, row.date(), "OUTPATIENT", row.level(), row.cost());
            assertThat(dec(c, "data.submitClaim.adjudication.personalAccount"))
                    .as(row.date())
                    .isEqualByComparingTo(row.account());
            assertThat(dec(c, "data.submitClaim.adjudication.basicFund"))
                    .as(row.date())
                    .isEqualByComparingTo(row.basic());
            assertThat(dec(c, "data.submitClaim.adjudication.personal"))
                    .as(row.date())
                    .isEqualByComparingTo(row.personal());
        }
    }

    @Test
    void an_estimate_uses_the_year_so_far_and_stores_nothing() {
        String ma = register("马先生", LocalDate.of(1970, 6, 1), "ningbo", "NONE", "null", "null");
        history(ma, 2025, "ningbo", "RESIDENT", "50.00");
        enroll(ma, "ningbo", 2026, "RESIDENT", "2025-12-01");
        claim(ma, "2026-02-01", "OUTPATIENT", "LEVEL_3", "3000.00"); // E15 claim 1: 900.00
        Map<String, String> e15claim4 = Map.of(
                "personId",
                ma,
                "serviceDate",
                "2026-06-01",
                "careType",
                "OUTPATIENT",
                "hospitalLevel",
                "LEVEL_2",
                "inScopeCost",
                "3000.00");
        // 2,000.00 left under 5,000 at 0.45 = 900.00; the other 1,000.00 personal (D4).
        for (int i = 0; i < 2; i++) {
            JsonPath est = GraphQL.example("mini-program/EstimateClaim", e15claim4);
            assertThat(dec(est, "data.estimateClaim.basicFund")).isEqualByComparingTo("900.00");
            assertThat(dec(est, "data.estimateClaim.personal")).isEqualByComparingTo("2100.00");
            assertThat(est.getList("data.estimateClaim.lines.rule", String.class))
                    .contains("outpatient.ningbo.over-5000");
        }
        JsonPath me = GraphQL.example("mini-program/MyInsurance", Map.of("personId", ma));
        assertThat(me.getList("data.person.claims")).hasSize(1);
    }

    @Test
    void e1_and_e21_quotes_price_a_ningbo_infant_and_a_huaihua_half_assisted_adult() {
        JsonPath b = GraphQL.example(
                "mini-program/QuoteContribution",
                Map.of(
                        "region",
                        "ningbo",
                        "year",
                        "2026",
                        "birthDate",
                        "2023-08-01",
                        "paymentDate",
                        "2025-12-20",
                        "assistanceStatus",
                        "NONE",
                        "insuredYears",
                        "[2025]",
                        "zeroClaimYears",
                        "[2025]"));
        assertThat(b.getString("data.quoteContribution.category")).isEqualTo("INFANT");
        assertThat(dec(b, "data.quoteContribution.amountDue")).isEqualByComparingTo("630.00");
        assertThat(b.getString("data.quoteContribution.subsidy")).isNull();
        assertThat(dec(b, "data.quoteContribution.incentive.zeroClaimIncrement"))
                .isEqualByComparingTo("5000.00");

        JsonPath half = GraphQL.example(
                "mini-program/QuoteContribution",
                Map.of(
                        "region",
                        "huaihua",
                        "year",
                        "2026",
                        "birthDate",
                        "1975-03-01",
                        "paymentDate",
                        "2026-02-01",
                        "assistanceStatus",
                        "MINIMUM_LIVING",
                        "insuredYears",
                        "[2025]",
                        "zeroClaimYears",
                        "[]"));
        assertThat(dec(half, "data.quoteContribution.assistanceReduction")).isEqualByComparingTo("200.00");
        assertThat(dec(half, "data.quoteContribution.amountDue")).isEqualByComparingTo("900.00");
        assertThat(half.getString("data.quoteContribution.benefitsStart")).isEqualTo("2026-05-01");
    }

    @Test
    void the_portal_lists_policy_years_and_pages_persons_of_a_region() {
        JsonPath years = GraphQL.example("portal/PolicyYears", Map.of());
        assertThat(years.getList("data.policyYears.year", Integer.class)).contains(2023, 2025, 2026);

        String first = register("页一", LocalDate.of(1990, 1, 1), "shanghai", "NONE", "null", "null");
        register("页二", LocalDate.of(1990, 1, 2), "shanghai", "NONE", "null", "null");
        String before = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("person:" + (Long.parseLong(first) - 1)).getBytes());
        JsonPath page =
                GraphQL.example("portal/PersonsOfRegion", Map.of("region", "shanghai", "after", "\"" + before + "\""));
        assertThat(page.getList("data.persons.edges.node.id", String.class)).startsWith(first);
        assertThat(page.getList("data.persons.edges.node.name", String.class)).contains("页一", "页二");
    }

    @Test
    void e7_tianyi_pays_responsibility_2_on_self_paid_inpatient_costs_after_a_continuous_enrolment() {
        String wu = register("吴先生", LocalDate.of(1978, 9, 9), "ningbo", "NONE", "null", "null");
        enroll(wu, "ningbo", 2025, "RESIDENT", "2024-12-01");
        String supp = "{\"query\":\"mutation($p: ID!, $y: Int!){ enrollSupplementary(personId: $p, year: $y, "
                + "preExistingCondition: false){ supplementaryEnrollments { year premium recordOnly } } }\","
                + "\"variables\":{\"p\":\"" + wu + "\",\"y\":%d}}";
        GraphQL.post(supp.formatted(2024), null);
        JsonPath bought = GraphQL.post(supp.formatted(2025), null);
        assertThat(bought.getList("data.enrollSupplementary.supplementaryEnrollments.recordOnly", Boolean.class))
                .containsExactly(true, false);
        assertThat(dec(bought, "data.enrollSupplementary.supplementaryEnrollments[1].premium"))
                .isEqualByComparingTo("100.00");
        assertThat(GraphQL.post(supp.formatted(2026), null).getString("errors[0].extensions.code"))
                .isEqualTo("POLICY_NOT_PUBLISHED");

        String claim = "{\"query\":\"mutation($i: ClaimInput!){ submitClaim(input: $i){ id adjudication { "
                + "supplementary notComputed } } }\",\"variables\":{\"i\":{\"personId\":\"" + wu
                + "\",\"serviceDate\":\"%s\",\"careType\":\"INPATIENT\",\"hospitalLevel\":\"LEVEL_3\","
                + "\"inScopeCost\":0,\"selfPaidCost\":%s}}}";
        JsonPath c1 = GraphQL.post(claim.formatted("2025-03-05", "15000.00"), null);
        assertThat(dec(c1, "data.submitClaim.adjudication.supplementary")).isEqualByComparingTo("1800.00");
        JsonPath c2 = GraphQL.post(claim.formatted("2025-10-18", "25000.00"), null);
        assertThat(dec(c2, "data.submitClaim.adjudication.supplementary")).isEqualByComparingTo("13000.00");

        String byId = "{\"query\":\"query($id: ID!){ claim(id: $id){ totalCost person { id } adjudication { "
                + "supplementary lines { layer rule amount } } } }\",\"variables\":{\"id\":\""
                + c2.getString("data.submitClaim.id") + "\"}}";
        JsonPath stored = GraphQL.post(byId, null);
        assertThat(stored.getString("data.claim.person.id")).isEqualTo(wu);
        assertThat(dec(stored, "data.claim.totalCost")).isEqualByComparingTo("25000.00");
        assertThat(stored.getList("data.claim.adjudication.lines.rule", String.class))
                .contains("supplementary.r2");
    }
}
