package cn.yibao.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.api.support.GraphQL;
import cn.yibao.api.support.Journeys;
import cn.yibao.api.support.TestPeople;
import cn.yibao.persistence.PersonRepository;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With 3 national-ID look-ups and 2 money-moving requests a minute and a clock that stands still,
 * the next request of the caller (here the tests' office token, keyed by its subject) is
 * RATE_LIMITED and stores nothing.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // %test: the test profile's own large limits in application.properties win over plain keys
            return Map.of(
                    "%test.yibao.rate-limit.id-lookups-per-minute", "3",
                    "%test.yibao.rate-limit.money-mutations-per-minute", "2");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FrozenTicker.class);
        }
    }

    @Inject
    PersonRepository persons;

    @Inject
    RateLimiter limits;

    private static JsonPath register(String name, String nationalId) {
        return GraphQL.post(
                "{\"query\":\"mutation($i: PersonInput!){ registerPerson(input: $i){ id } }\",\"variables\":{\"i\":{"
                        + "\"name\":\"" + name + "\",\"nationalId\":\"" + nationalId
                        + "\",\"region\":\"ningbo\",\"residency\":\"LOCAL_HUKOU\"}}}",
                null);
    }

    @Test
    void the_request_after_the_allowance_is_rate_limited_and_stores_nothing() {
        String p1 = Journeys.register("限一", LocalDate.of(1981, 1, 1), "ningbo", "NONE", "null", "null");
        String p2 = Journeys.register("限二", LocalDate.of(1982, 2, 2), "ningbo", "NONE", "null", "null");
        String p3 = Journeys.register("限三", LocalDate.of(1983, 3, 3), "ningbo", "NONE", "null", "null");
        long registered = persons.count();

        JsonPath fourth = register("限四", TestPeople.nationalId(LocalDate.of(1984, 4, 4)));
        assertThat(fourth.getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat(fourth.getString("errors[0].extensions.rule")).isEqualTo("rate-limit.id-lookups");
        assertThat(fourth.getString("errors[0].message"))
                .isEqualTo("操作过于频繁，请稍后再试（at most 3 national-ID look-ups per minute for this caller）");
        assertThat(fourth.getString("data")).isNull();
        assertThat(persons.count()).isEqualTo(registered);

        assertThat(Journeys.enroll(p1, "ningbo", 2026, "RESIDENT", "2025-12-01").getString("data.enroll.id"))
                .isNotNull();
        assertThat(Journeys.enroll(p2, "ningbo", 2026, "RESIDENT", "2025-12-01").getString("data.enroll.id"))
                .isNotNull();
        JsonPath third = Journeys.enroll(p3, "ningbo", 2026, "RESIDENT", "2025-12-01");
        assertThat(third.getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat(third.getString("errors[0].extensions.rule")).isEqualTo("rate-limit.money-mutations");
        assertThat(GraphQL.example("mini-program/MyInsurance", Map.of("personId", p3))
                        .getList("data.person.enrollments"))
                .isEmpty();
    }

    @Test
    void a_request_is_counted_once_however_often_it_moves_money() {
        // a caller of its own, so the first test's requests do not count here
        Caller officer = Caller.officer("batch-" + java.util.UUID.randomUUID(), Set.of(Region.SHANGHAI));
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            limits.moneyMutation(officer);
            limits.moneyMutation(officer); // e.g. the Shanghai batch enrolling member after member
            limits.moneyMutation(officer);
        } finally {
            request.terminate();
        }
        request.activate();
        try {
            limits.moneyMutation(officer);
        } finally {
            request.terminate();
        }
        request.activate();
        try {
            assertThatThrownBy(() -> limits.moneyMutation(officer))
                    .isInstanceOfSatisfying(
                            PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED));
        } finally {
            request.terminate();
        }
    }
}
