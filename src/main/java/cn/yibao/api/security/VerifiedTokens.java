package cn.yibao.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identities of bearer tokens this pod has already verified, by raw token, until the token expires
 * or reaches its maximum age. Verifying an RS256 signature and parsing the claims again for every
 * request of the same token cost about 7 % of the CPU of the mini-program query. An entry is served
 * only while {@code now < min(exp, iat + maxAge)}, without the verifier's clock skew: at the edges
 * the cache stops early and smallrye-jwt decides, so the cache never accepts what it would refuse.
 * Only identities that smallrye-jwt produced are stored ({@link VerifiedTokenRecorder}).
 */
final class VerifiedTokens {

    /** More distinct live tokens than this in one pod and the cache starts over. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(SecurityIdentity identity, long validUntilEpochSecond) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long maxAgeSeconds;

    VerifiedTokens(Clock clock, long maxAgeSeconds) {
        this.clock = clock;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** The identity verified earlier for this raw token, or null (then the verifier runs). */
    SecurityIdentity get(String rawToken) {
        Entry e = entries.get(rawToken);
        if (e == null) {
            return null;
        }
        if (now() >= e.validUntilEpochSecond()) {
            entries.remove(rawToken, e);
            return null;
        }
        return e.identity();
    }

    /** After a successful verification: {@code exp} and {@code iat} in epoch seconds. */
    void put(String rawToken, SecurityIdentity identity, long exp, long iat) {
        long validUntil = Math.min(exp, iat + maxAgeSeconds);
        if (validUntil <= now() || entries.containsKey(rawToken)) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(rawToken, new Entry(identity, validUntil));
    }

    int size() {
        return entries.size();
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
