package cn.yibao.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets on a clock the test moves by hand: every boundary is exact. */
class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(7 * SECOND);

    private TokenBuckets perMinute(int permits, int maxKeys) {
        return new TokenBuckets(permits, Duration.ofMinutes(1), maxKeys, now::get);
    }

    @Test
    void a_key_takes_its_permits_at_once_and_the_next_is_refused() {
        TokenBuckets b = perMinute(3, 100);
        assertThat(b.tryTake("a")).isTrue();
        assertThat(b.tryTake("a")).isTrue();
        assertThat(b.tryTake("a")).isTrue();
        assertThat(b.tryTake("a")).isFalse();
        assertThat(b.tryTake("a")).isFalse();
    }

    @Test
    void one_permit_comes_back_every_window_divided_by_permits() {
        TokenBuckets b = perMinute(3, 100); // one every 20 s
        for (int i = 0; i < 3; i++) {
            b.tryTake("a");
        }
        now.addAndGet(20 * SECOND - 1);
        assertThat(b.tryTake("a")).isFalse();
        now.addAndGet(1);
        assertThat(b.tryTake("a")).isTrue();
        assertThat(b.tryTake("a")).isFalse();
    }

    @Test
    void an_idle_key_never_saves_more_than_its_permits() {
        TokenBuckets b = perMinute(2, 100);
        b.tryTake("a");
        now.addAndGet(3_600 * SECOND);
        assertThat(b.tryTake("a")).isTrue();
        assertThat(b.tryTake("a")).isTrue();
        assertThat(b.tryTake("a")).isFalse();
    }

    @Test
    void keys_do_not_share_a_bucket() {
        TokenBuckets b = perMinute(1, 100);
        assertThat(b.tryTake("citizen:1")).isTrue();
        assertThat(b.tryTake("citizen:1")).isFalse();
        assertThat(b.tryTake("citizen:2")).isTrue();
        assertThat(b.tryTake("address:10.0.0.9")).isTrue();
    }

    @Test
    void full_buckets_are_dropped_first_and_an_empty_one_stays_empty() {
        TokenBuckets b = perMinute(2, 4);
        b.tryTake("idle-1");
        b.tryTake("idle-2");
        now.addAndGet(60 * SECOND); // both full again
        b.tryTake("busy");
        b.tryTake("busy"); // empty
        b.tryTake("other");
        assertThat(b.size()).isEqualTo(4);
        now.addAndGet(1);
        assertThat(b.tryTake("new")).isTrue();
        assertThat(b.size()).isEqualTo(3); // the two full ones dropped, "new" added
        assertThat(b.tryTake("busy")).isFalse();
    }

    @Test
    void memory_stays_bounded_by_max_keys_whatever_the_number_of_callers() {
        TokenBuckets b = perMinute(5, 100);
        for (int i = 0; i < 10_000; i++) {
            assertThat(b.tryTake("address:" + i)).isTrue();
            assertThat(b.size()).isLessThanOrEqualTo(100);
        }
    }
}
