package cn.yibao.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Steps of a citizen's journey through the example operations, for tests. */
public final class Journeys {

    private Journeys() {}

    public static String register(
            String name, LocalDate birth, String region, String employment, String base, String balance) {
        return register(name, birth, region, employment, base, balance, "NONE");
    }

    public static String register(
            String name,
            LocalDate birth,
            String region,
            String employment,
            String base,
            String balance,
            String assistance) {
        JsonPath r = GraphQL.example(
                "mini-program/RegisterPerson",
                Map.of(
                        "name", name,
                        "nationalId", TestPeople.nationalId(birth),
                        "region", region,
                        "assistanceStatus", assistance,
                        "employment", employment,
                        "monthlyContributionBase", base,
                        "historicalAccountBalance", balance));
        assertThat(r.getList("errors")).as("registerPerson errors").isNull();
        return r.getString("data.registerPerson.id");
    }

    public static void history(String personId, int year, String region, String scheme, String fundReimbursed) {
        JsonPath r = GraphQL.example(
                "portal/RecordInsuranceHistory",
                Map.of(
                        "personId",
                        personId,
                        "year",
                        String.valueOf(year),
                        "region",
                        region,
                        "scheme",
                        scheme,
                        "fundReimbursed",
                        fundReimbursed));
        assertThat(r.getList("errors")).as("recordInsuranceHistory errors").isNull();
    }

    public static JsonPath enroll(String personId, String region, int year, String scheme, String paymentDate) {
        return GraphQL.example(
                "mini-program/Enroll",
                Map.of(
                        "personId",
                        personId,
                        "region",
                        region,
                        "year",
                        String.valueOf(year),
                        "scheme",
                        scheme,
                        "paymentDate",
                        paymentDate,
                        "idempotencyKey",
                        UUID.randomUUID().toString()));
    }

    public static JsonPath claim(String personId, String date, String careType, String level, String inScope) {
        return claim(personId, date, careType, level, inScope, UUID.randomUUID().toString());
    }

    public static JsonPath claim(
            String personId, String date, String careType, String level, String inScope, String key) {
        return GraphQL.example(
                "mini-program/SubmitClaim",
                Map.of(
                        "personId",
                        personId,
                        "serviceDate",
                        date,
                        "careType",
                        careType,
                        "hospitalLevel",
                        level,
                        "inScopeCost",
                        inScope,
                        "idempotencyKey",
                        key));
    }
}
