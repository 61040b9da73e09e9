package cn.yibao.api;

import static cn.yibao.api.FamilyPoolGraphQLTest.ADD;
import static cn.yibao.api.FamilyPoolGraphQLTest.CREATE;
import static cn.yibao.api.FamilyPoolGraphQLTest.QUERY;
import static cn.yibao.api.FamilyPoolGraphQLTest.graphql;
import static cn.yibao.api.FamilyPoolGraphQLTest.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Tokens;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.service.FamilyPeople;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPEC E8–E10, the three tax-channel examples of seed 001 R-Q4, through the contract's mutations:
 * the founder authorises with createFamilyPoolNetwork(PAY_CONTRIBUTION) and addFamilyPoolMember,
 * and pays with enroll(payer: FAMILY_POOL). The channel follows where the RELATIVE is
 * resident-insured (§3.21 [family.zj.channel]).
 */
@QuarkusTest
class FamilyContributionChannelsTest {

    static final String ENROLL = "mutation($i: EnrollmentInput!) { enroll(input: $i) { id category amountDue payer"
            + " paymentChannel explanation { rule } } }";
    static final String BOUND = "2024-12-01T10:00:00";

    @Inject
    FamilyPeople people;

    /** The founder's contribution binding (PAY_CONTRIBUTION) with the relatives, bound on 1 Dec 2024. */
    private static String binding(long founder, Map<Long, String> relatives) {
        String net = graphql(CREATE, "founder", id(founder), "modes", List.of("PAY_CONTRIBUTION"), "at", BOUND)
                .body("errors", nullValue())
                .extract()
                .path("data.createFamilyPoolNetwork.id");
        relatives.forEach(
                (person, relation) -> graphql(ADD, "net", net, "person", id(person), "relation", relation, "at", BOUND)
                        .body("errors", nullValue()));
        return net;
    }

    private static JsonPath enrollFromPool(long person, String region, int year, String date, String net) {
        return enrollFromPool(person, region, year, date, net, null);
    }

    /** enroll(payer: FAMILY_POOL); {@code language} "en" asks for English messages. */
    private static JsonPath enrollFromPool(
            long person, String region, int year, String date, String net, String language) {
        return enrollFromPoolAs(Tokens.office(), person, region, year, date, net, language);
    }

    private static JsonPath enrollFromPoolAs(
            String token, long person, String region, int year, String date, String net, String language) {
        var request = GraphQL.as(token).contentType(ContentType.JSON);
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return request.body(Map.of(
                        "query",
                        ENROLL,
                        "variables",
                        Map.of(
                                "i",
                                Map.of(
                                        "personId", id(person),
                                        "region", region,
                                        "year", year,
                                        "paymentDate", date,
                                        "payer", "FAMILY_POOL",
                                        "familyPoolNetworkId", net,
                                        "idempotencyKey", UUID.randomUUID().toString()))))
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void e9_lao_wang_pays_his_parents_2025_ningbo_contributions_780_each_through_the_ningbo_tax_bureau() {
        long wang = people.employee("老王", "ningbo", LocalDate.of(1965, 2, 3), "5000.00");
        long father = people.resident("王父", "ningbo", LocalDate.of(1940, 1, 9), StudentStatus.NONE, 2024);
        long mother = people.resident("王母", "ningbo", LocalDate.of(1942, 7, 21), StudentStatus.NONE, 2024);
        String net = binding(wang, Map.of(father, "PARENT", mother, "PARENT"));

        for (long parent : List.of(father, mother)) {
            // Lao Wang pays from his own account, signed in as himself (the founder of the binding).
            JsonPath e = enrollFromPoolAs(Tokens.citizen(id(wang)), parent, "ningbo", 2025, "2024-12-10", net, null);
            assertThat(e.getList("errors")).isNull();
            assertThat(e.getString("data.enroll.category")).isEqualTo("ADULT");
            assertThat(new BigDecimal(e.getString("data.enroll.amountDue"))).isEqualByComparingTo("780.00");
            assertThat(e.getString("data.enroll.payer")).isEqualTo("FAMILY_POOL");
            assertThat(e.getString("data.enroll.paymentChannel")).isEqualTo("NINGBO_TAX_BUREAU_ONLINE");
            assertThat(e.getList("data.enroll.explanation.rule", String.class))
                    .contains("family.zj.channel", "family.zj.contribution");
        }

        // 5,000.00 − 2 × 780.00 = 3,440.00
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(3440.00f));
        assertThat(people.balance(wang)).hasToString("3440.00");
    }

    @Test
    void e9_his_sister_insured_in_huaihua_is_not_eligible_because_she_is_not_insured_in_zhejiang() {
        long wang = people.employee("老王", "ningbo", LocalDate.of(1965, 2, 3), "5000.00");
        long sister = people.resident("王妹", "huaihua", LocalDate.of(1970, 3, 3), StudentStatus.NONE, 2024);
        String net = binding(wang, Map.of());
        List<Long> before = people.familyRows();

        graphql(ADD, "net", net, "person", id(sister), "relation", "SIBLING", "at", BOUND)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_ELIGIBLE"));

        assertThat(people.familyRows()).isEqualTo(before);
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.members", org.hamcrest.Matchers.empty());
    }

    @Test
    void
            e8_a_hangzhou_authorisers_son_at_ningbo_university_goes_through_the_ningbo_tax_bureau_but_2025_is_not_published() {
        long zhang = people.employee("老张", "hangzhou", LocalDate.of(1972, 8, 8), "3000.00");
        long son = people.residentElsewhere(
                "张子", "hangzhou", LocalDate.of(2005, 9, 1), StudentStatus.COLLEGE, "ningbo", 2024);
        String net = binding(zhang, Map.of(son, "CHILD"));
        List<Long> before = people.familyRows();

        // 2025: no 大学生 row in seed 001 → POLICY_NOT_PUBLISHED; the channel decision stands and is named.
        JsonPath e2025 = enrollFromPool(son, "ningbo", 2025, "2024-12-10", net, "en");

        assertThat(e2025.getString("errors[0].extensions.code")).isEqualTo("POLICY_NOT_PUBLISHED");
        assertThat(e2025.getString("errors[0].message"))
                .contains("大学生")
                .contains("tax channel is decided: NINGBO_TAX_BUREAU_ONLINE");
        assertThat(e2025.getString("data")).isNull();
        assertThat(people.familyRows()).isEqualTo(before);
        assertThat(people.query("SELECT count(*) FROM enrollment WHERE person_id = " + son))
                .isEqualByComparingTo("0");
        assertThat(people.balance(zhang)).hasToString("3000.00");

        // 2026 (seed 000 §4): 200.00 for a college student, through the same Ningbo channel.
        JsonPath e2026 = enrollFromPool(son, "ningbo", 2026, "2025-12-10", net, null);

        assertThat(e2026.getList("errors")).isNull();
        assertThat(e2026.getString("data.enroll.category")).isEqualTo("COLLEGE_STUDENT");
        assertThat(new BigDecimal(e2026.getString("data.enroll.amountDue"))).isEqualByComparingTo("200.00");
        assertThat(e2026.getString("data.enroll.paymentChannel")).isEqualTo("NINGBO_TAX_BUREAU_ONLINE");
        graphql(QUERY, "id", net).body("data.familyPoolNetwork.fundBalance", equalTo(2800.00f));
    }

    @Test
    void
            e10_a_ningbo_authorisers_son_insured_in_hangzhou_is_decided_for_the_zhejiang_tax_bureau_with_amounts_not_published() {
        long zhang = people.employee("老张", "ningbo", LocalDate.of(1972, 8, 8), "3000.00");
        long son = people.residentElsewhere(
                "张子", "ningbo", LocalDate.of(2005, 9, 1), StudentStatus.COLLEGE, "hangzhou", 2024);
        String net = binding(zhang, Map.of(son, "CHILD"));
        List<Long> before = people.familyRows();

        JsonPath e = enrollFromPool(son, "hangzhou", 2025, "2024-12-10", net, "en");

        assertThat(e.getString("errors[0].extensions.code")).isEqualTo("POLICY_NOT_PUBLISHED");
        assertThat(e.getString("errors[0].message"))
                .contains("hangzhou")
                .contains("tax channel is decided: ZHEJIANG_TAX_BUREAU_ONLINE");
        assertThat(people.familyRows()).isEqualTo(before);
        assertThat(people.query("SELECT count(*) FROM enrollment WHERE person_id = " + son))
                .isEqualByComparingTo("0");
        assertThat(people.balance(zhang)).hasToString("3000.00");
    }

    @Test
    void without_a_binding_the_not_published_refusal_names_no_channel() {
        long zhang = people.employee("老张", "ningbo", LocalDate.of(1972, 8, 8), "3000.00");
        long son = people.residentElsewhere(
                "张子", "ningbo", LocalDate.of(2005, 9, 1), StudentStatus.COLLEGE, "hangzhou", 2024);
        String net = binding(zhang, Map.of());

        JsonPath e = enrollFromPool(son, "hangzhou", 2025, "2024-12-10", net, "en");

        assertThat(e.getString("errors[0].extensions.code")).isEqualTo("POLICY_NOT_PUBLISHED");
        assertThat(e.getString("errors[0].message")).doesNotContain("channel");
    }
}
