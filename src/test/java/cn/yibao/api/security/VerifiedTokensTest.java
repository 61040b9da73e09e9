package cn.yibao.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long T0 = 1_800_000_000L; // epoch seconds
    private final MutableClock clock = new MutableClock(T0);
    private final VerifiedTokens tokens = new VerifiedTokens(clock, 900);
    private final QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("officer-1"))
            .addRole("OFFICER")
            .build();

    @Test
    void a_verified_token_is_served_until_the_second_it_expires_and_then_verified_again() {
        tokens.put("t", identity, T0 + 600, T0);
        clock.at(T0 + 599);
        assertThat(tokens.get("t")).isSameAs(identity);
        clock.at(T0 + 600);
        assertThat(tokens.get("t")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_token_is_served_no_longer_than_the_maximum_age_after_it_was_issued() {
        tokens.put("t", identity, T0 + 900, T0 - 300); // lives 1,200 s by exp, but only 900 s by age
        clock.at(T0 + 599);
        assertThat(tokens.get("t")).isSameAs(identity);
        clock.at(T0 + 600);
        assertThat(tokens.get("t")).isNull();
    }

    @Test
    void a_token_already_past_its_end_is_not_stored_and_an_unknown_token_is_not_served() {
        tokens.put("old", identity, T0, T0 - 60);
        assertThat(tokens.get("old")).isNull();
        assertThat(tokens.get("never-verified")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void the_cache_is_bounded() {
        for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES; i++) {
            tokens.put("t" + i, identity, T0 + 600, T0);
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAX_ENTRIES);
        assertThat(tokens.get("t" + VerifiedTokens.MAX_ENTRIES)).isSameAs(identity);
    }

    private static final class MutableClock extends Clock {
        private long epochSecond;

        MutableClock(long epochSecond) {
            this.epochSecond = epochSecond;
        }

        void at(long s) {
            epochSecond = s;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(epochSecond);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
