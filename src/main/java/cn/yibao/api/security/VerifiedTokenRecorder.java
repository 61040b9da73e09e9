package cn.yibao.api.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Stores an identity smallrye-jwt has just verified in {@link VerifiedTokenCache}. It runs first of
 * the augmentors, so what is stored is the verifier's own identity and later requests go through
 * every other augmentor as a first one would.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokenCache cache;

    VerifiedTokenRecorder(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getRawToken() != null) {
            cache.remember(jwt.getRawToken(), identity, jwt.getExpirationTime(), jwt.getIssuedAtTime());
        }
        return Uni.createFrom().item(identity);
    }
}
