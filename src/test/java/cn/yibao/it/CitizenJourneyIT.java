package cn.yibao.it;

import static cn.yibao.it.PackagedService.example;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.api.support.TestPeople;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPEC's worked examples through the example operations against the packaged service (the amounts
 * are CitizenJourneyTest's). These requests are also what trains the JDK 25 AOT cache.
 */
@QuarkusIntegrationTest
class CitizenJourneyIT {

    private static BigDecimal dec(JsonPath r, String path) {
        return new BigDecimal(r.getString(path));
    }

    private static JsonPath claim(String personId, String date, String level, String cost, String key) {
        return example(
                "mini-program/SubmitClaim",
                Map.of(
                        "personId", personId,
                        "serviceDate", date,
                        "careType", "INPATIENT",
                        "hospitalLevel", level,
                        "inScopeCost", cost,
                        "idempotencyKey", key));
    }

    @Test
    void e3_a_ningbo_adult_registers_enrolls_for_2026_and_two_admissions_are_paid() {
        JsonPath registered = example(
                "mini-program/RegisterPerson",
                Map.of(
                        "name", "周先生",
                        "nationalId", TestPeople.nationalId(LocalDate.of(1985, 4, 12)),
                        "region", "ningbo",
                        "assistanceStatus", "NONE",
                        "employment", "NONE",
                        "monthlyContributionBase", "null",
                        "historicalAccountBalance", "null"));
        assertThat(registered.getList("errors")).isNull();
        String zhou = registered.getString("data.registerPerson.id");
        JsonPath history = example(
                "portal/RecordInsuranceHistory",
                Map.of(
                        "personId", zhou,
                        "year", "2025",
                        "region", "ningbo",
                        "scheme", "RESIDENT",
                        "fundReimbursed", "1200.00"));
        assertThat(history.getList("errors")).isNull();

        JsonPath e = example(
                "mini-program/Enroll",
                Map.of(
                        "personId", zhou,
                        "region", "ningbo",
                        "year", "2026",
                        "scheme", "RESIDENT",
                        "paymentDate", "2025-12-20",
                        "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(e.getString("data.enroll.category")).isEqualTo("ADULT");
        assertThat(dec(e, "data.enroll.amountDue")).isEqualByComparingTo("800.00");
        assertThat(e.getString("data.enroll.benefitsStart")).isEqualTo("2026-01-01");
        assertThat(e.getInt("data.enroll.waitingPeriod.totalMonths")).isZero();
        assertThat(e.getString("data.enroll.paymentChannel")).isEqualTo("DIRECT");

        String key = UUID.randomUUID().toString();
        JsonPath a1 = claim(zhou, "2026-03-02", "COMMUNITY", "10000.00", key);
        assertThat(dec(a1, "data.submitClaim.adjudication.basicFund")).isEqualByComparingTo("7760.00");
        assertThat(dec(a1, "data.submitClaim.adjudication.personal")).isEqualByComparingTo("2240.00");
        JsonPath retried = claim(zhou, "2026-03-02", "COMMUNITY", "10000.00", key);
        assertThat(retried.getString("data.submitClaim.id")).isEqualTo(a1.getString("data.submitClaim.id"));
        JsonPath a2 = claim(
                zhou, "2026-09-01", "LEVEL_3", "50000.00", UUID.randomUUID().toString());
        assertThat(dec(a2, "data.submitClaim.adjudication.basicFund")).isEqualByComparingTo("35370.00");
        assertThat(dec(a2, "data.submitClaim.adjudication.personal")).isEqualByComparingTo("14630.00");
        assertThat(a2.getList("data.submitClaim.adjudication.lines.rule", String.class))
                .contains("inpatient.deductible-topup", "inpatient.segment");

        JsonPath me = example("mini-program/MyInsurance", Map.of("personId", zhou));
        assertThat(me.getList("data.person.claims.adjudication.basicFund", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("7760.00"), new BigDecimal("35370.00"));
        assertThat(me.getString("data.person.nationalIdMasked")).matches("33\\d{2}\\*{10}\\d{3}[\\dX]");
        assertThat(me.getInt("data.person.enrollments[0].policyYear.year")).isEqualTo(2026);
    }

    @Test
    void e1_and_e21_quotes_price_a_ningbo_infant_and_a_huaihua_half_assisted_adult() {
        JsonPath infant = example(
                "mini-program/QuoteContribution",
                Map.of(
                        "region", "ningbo",
                        "year", "2026",
                        "birthDate", "2023-08-01",
                        "paymentDate", "2025-12-20",
                        "assistanceStatus", "NONE",
                        "insuredYears", "[2025]",
                        "zeroClaimYears", "[2025]"));
        assertThat(infant.getString("data.quoteContribution.category")).isEqualTo("INFANT");
        assertThat(dec(infant, "data.quoteContribution.amountDue")).isEqualByComparingTo("630.00");
        assertThat(dec(infant, "data.quoteContribution.incentive.zeroClaimIncrement"))
                .isEqualByComparingTo("5000.00");

        JsonPath half = example(
                "mini-program/QuoteContribution",
                Map.of(
                        "region", "huaihua",
                        "year", "2026",
                        "birthDate", "1975-03-01",
                        "paymentDate", "2026-02-01",
                        "assistanceStatus", "MINIMUM_LIVING",
                        "insuredYears", "[2025]",
                        "zeroClaimYears", "[]"));
        assertThat(dec(half, "data.quoteContribution.assistanceReduction")).isEqualByComparingTo("200.00");
        assertThat(dec(half, "data.quoteContribution.amountDue")).isEqualByComparingTo("900.00");
        assertThat(half.getString("data.quoteContribution.benefitsStart")).isEqualTo("2026-05-01");
    }

    @Test
    void the_portal_lists_the_policy_years_and_an_unknown_person_is_not_found() {
        assertThat(example("portal/PolicyYears", Map.of()).getList("data.policyYears.year", Integer.class))
                .contains(2023, 2025, 2026);
        JsonPath unknown = example(
                "mini-program/Enroll",
                Map.of(
                        "personId", "999999999",
                        "region", "ningbo",
                        "year", "2026",
                        "scheme", "RESIDENT",
                        "paymentDate", "2025-12-20",
                        "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }
}
