package cn.yibao.api.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a bearer token from {@link VerifiedTokens} when this pod has verified it before; asked
 * before smallrye-jwt's validator, it answers nothing (null) otherwise and the validator runs.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    /** Above the default of application providers (1001), so asked before smallrye-jwt's validator. */
    static final int PRIORITY = 2000;

    private final VerifiedTokens tokens;
    private final LongAdder hits = new LongAdder();

    VerifiedTokenCache(@ConfigProperty(name = "mp.jwt.verify.token.age") long maxAgeSeconds) {
        this.tokens = new VerifiedTokens(Clock.systemUTC(), maxAgeSeconds);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity known = tokens.get(request.getToken().getToken());
        if (known != null) {
            hits.increment();
        }
        return Uni.createFrom().item(known);
    }

    void remember(String rawToken, SecurityIdentity identity, long exp, long iat) {
        tokens.put(rawToken, identity, exp, iat);
    }

    /** Requests answered from the cache so far (for tests). */
    long hits() {
        return hits.sum();
    }
}
