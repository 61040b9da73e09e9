package cn.yibao.api.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the development key pair (dev/jwt) that the test profile
 * trusts; bin/token mints the same tokens from the shell.
 */
public final class Tokens {

    public static final String ISSUER = "yibao-dev";
    public static final String AUDIENCE = "yibao-api";
    private static final PrivateKey KEY = privateKey();
    private static final List<String> ALL_REGIONS = List.of("ningbo", "hangzhou", "huaihua", "shanghai");

    private static volatile String office;
    private static volatile Instant officeMinted = Instant.EPOCH;

    private Tokens() {}

    /** The default caller of the journey tests: an officer of every region (re-minted before it ages). */
    public static String office() {
        if (Duration.between(officeMinted, Instant.now()).toMinutes() >= 5) {
            office = officer("test-office", ALL_REGIONS);
            officeMinted = Instant.now();
        }
        return office;
    }

    public static String citizen(String personId) {
        return sign(Jwt.claims().subject(personId).groups(Set.of("CITIZEN")), Duration.ofMinutes(10));
    }

    public static String officer(String staffId, List<String> regions) {
        return sign(
                Jwt.claims().subject(staffId).groups(Set.of("OFFICER")).claim("regions", regions),
                Duration.ofMinutes(10));
    }

    public static String auditor(String staffId) {
        return sign(Jwt.claims().subject(staffId).groups(Set.of("AUDITOR")), Duration.ofMinutes(10));
    }

    /** A citizen token with a chosen lifetime, issuer and audience, to show what is refused. */
    public static String custom(String personId, Instant issuedAt, Duration lifetime, String issuer, String audience) {
        return Jwt.claims()
                .subject(personId)
                .groups(Set.of("CITIZEN"))
                .issuer(issuer)
                .audience(audience)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime))
                .jws()
                .sign(KEY);
    }

    public static PrivateKey key() {
        return KEY;
    }

    private static String sign(io.smallrye.jwt.build.JwtClaimsBuilder claims, Duration lifetime) {
        Instant now = Instant.now();
        return claims.issuer(ISSUER)
                .audience(AUDIENCE)
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .jws()
                .sign(KEY);
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(Path.of("dev/jwt/private.pem")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
