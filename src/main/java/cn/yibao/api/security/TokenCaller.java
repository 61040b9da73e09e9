package cn.yibao.api.security;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;
import cn.yibao.service.security.Caller;
import cn.yibao.service.security.CurrentCaller;
import cn.yibao.service.security.Role;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of this request, read from its verified bearer token (smallrye-jwt has already
 * checked signature, issuer, audience and lifetimes). No token: {@link Caller#ANONYMOUS}.
 * A token whose claims do not describe exactly one caller is refused, never guessed at.
 */
@RequestScoped
public class TokenCaller implements CurrentCaller {

    /** An officer's regions: a list of region codes, e.g. ["ningbo"]. */
    static final String REGIONS_CLAIM = "regions";

    /** More distinct tokens than this in one pod and the memo starts over. */
    static final int MEMO_SIZE = 10_000;

    /**
     * Raw token → caller, for tokens already verified on an earlier request: the caller is a pure
     * function of the token's claims, and reading a claim smallrye-jwt does not know ("regions")
     * costs it an exception with a full stack trace (1.4 % of the CPU of the mini-program query).
     * Only tokens verified on this request get here (by smallrye-jwt, or answered from {@link
     * VerifiedTokenCache} while still valid); the memo holds the derivation, never a verdict.
     */
    private static final Map<String, Caller> MEMO = new ConcurrentHashMap<>();

    private final JsonWebToken token;
    private Caller caller;

    TokenCaller(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public Caller get() {
        if (caller == null) {
            String raw = token.getRawToken();
            caller = raw == null ? Caller.ANONYMOUS : remembered(raw);
        }
        return caller;
    }

    private Caller remembered(String raw) {
        Caller known = MEMO.get(raw);
        if (known != null) {
            return known;
        }
        Caller fresh = fromClaims(); // a refused token throws and is not remembered
        if (MEMO.size() >= MEMO_SIZE) {
            MEMO.clear();
        }
        MEMO.put(raw, fresh);
        return fresh;
    }

    private Caller fromClaims() {
        Role role = role(token.getGroups());
        String subject = token.getSubject();
        return switch (role) {
            case CITIZEN -> Caller.citizen(personId(subject));
            case OFFICER -> Caller.officer(subject, regions(token.getClaim(REGIONS_CLAIM)));
            case AUDITOR -> Caller.auditor(subject);
        };
    }

    private static Role role(Set<String> groups) {
        List<Role> roles = java.util.Arrays.stream(Role.values())
                .filter(r -> groups != null && groups.contains(r.name()))
                .toList();
        if (roles.size() != 1) {
            throw refused("the token must carry exactly one of the roles CITIZEN, OFFICER, AUDITOR");
        }
        return roles.get(0);
    }

    private static long personId(String subject) {
        try {
            long id = Long.parseLong(subject);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw refused("a citizen token's subject must be the person's id");
    }

    private static Set<Region> regions(Object claim) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        if (claim instanceof Collection<?> values) {
            for (Object v : values) {
                Region r = Region.fromCode(unquote(String.valueOf(v)));
                if (r == null) {
                    throw refused("unknown region in the token: " + v);
                }
                regions.add(r);
            }
        }
        if (regions.isEmpty()) {
            throw refused("an officer token must name its regions");
        }
        return regions;
    }

    /** JSON-P string values print with their quotes. */
    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static PolicyException refused(String why) {
        return new PolicyException(ErrorCode.UNAUTHENTICATED, "auth.token", why);
    }
}
