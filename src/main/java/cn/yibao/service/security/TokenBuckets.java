package cn.yibao.service.security;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key, in memory: a key may take {@code permits} at once, and one more each
 * {@code window / permits}; a key unused for a window is full again. Exact integer arithmetic on
 * the injected clock (nanoseconds), so tests need no sleeping. Memory is bounded: at
 * {@code maxKeys} keys, full buckets are dropped first (dropping them changes nothing), then any,
 * down to three quarters (an attacker with that many keys resets some buckets — the limit is per
 * subject, not a defence against a botnet).
 */
public final class TokenBuckets {

    private final long permits;
    private final long window;
    private final long full;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** credit: one permit is {@code window} units; the bucket gains {@code permits} units per nanosecond. */
    private static final class Bucket {
        long credit;
        long last;
    }

    public TokenBuckets(int permits, Duration window, int maxKeys, LongSupplier nanoClock) {
        if (permits < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("permits, window and maxKeys must be positive");
        }
        this.permits = permits;
        this.window = window.toNanos();
        this.full = Math.multiplyExact(this.permits, this.window);
        if (full > Long.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many permits for the window: " + permits + " per " + window);
        }
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    /** Takes a permit for the key; false when its bucket is empty. */
    public boolean tryTake(String key) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            shrink(now);
        }
        boolean[] taken = {false};
        buckets.compute(key, (k, b) -> {
            if (b == null) {
                b = new Bucket();
                b.credit = full;
                b.last = now;
            } else {
                refill(b, now);
            }
            if (b.credit >= window) {
                b.credit -= window;
                taken[0] = true;
            }
            return b;
        });
        return taken[0];
    }

    private boolean isFull(Bucket b, long now) {
        long elapsed = Math.max(0, now - b.last);
        return elapsed >= window || b.credit + elapsed * permits >= full;
    }

    int size() {
        return buckets.size();
    }

    private void refill(Bucket b, long now) {
        long elapsed = now - b.last;
        if (elapsed <= 0) {
            return;
        }
        b.credit = elapsed >= window ? full : Math.min(full, b.credit + elapsed * permits);
        b.last = now;
    }

    private void shrink(long now) {
        int target = maxKeys - Math.max(1, maxKeys / 4);
        for (String key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, b) -> isFull(b, now) ? null : b);
        }
        for (Iterator<String> keys = buckets.keySet().iterator(); buckets.size() > target && keys.hasNext(); ) {
            keys.next();
            keys.remove();
        }
    }
}
