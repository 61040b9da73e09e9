package cn.yibao.service.security;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rate limits per caller (the token's subject; an anonymous caller's network address), refused
 * with RATE_LIMITED before anything is read or stored: national-ID look-ups (registering answers
 * CONFLICT for a registered number — an oracle) and money-moving use cases (counted once per
 * request: the Shanghai batch enrols many members in one). In memory, per pod: N pods allow N times
 * the configured rates (yibao.rate-limit.*, README "Configuration").
 */
@ApplicationScoped
public class RateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ClientAddress address;
    private final Instance<MoneyMovedInRequest> moneyMoved;
    private final TokenBuckets idLookups;
    private final TokenBuckets moneyMutations;
    private final int idLookupsPerMinute;
    private final int moneyMutationsPerMinute;

    RateLimiter(
            ClientAddress address,
            Ticker ticker,
            Instance<MoneyMovedInRequest> moneyMoved,
            @ConfigProperty(name = "yibao.rate-limit.id-lookups-per-minute") int idLookupsPerMinute,
            @ConfigProperty(name = "yibao.rate-limit.money-mutations-per-minute") int moneyMutationsPerMinute,
            @ConfigProperty(name = "yibao.rate-limit.max-subjects") int maxSubjects) {
        this.address = address;
        this.moneyMoved = moneyMoved;
        this.idLookupsPerMinute = idLookupsPerMinute;
        this.moneyMutationsPerMinute = moneyMutationsPerMinute;
        this.idLookups = new TokenBuckets(idLookupsPerMinute, MINUTE, maxSubjects, ticker::nanos);
        this.moneyMutations = new TokenBuckets(moneyMutationsPerMinute, MINUTE, maxSubjects, ticker::nanos);
    }

    /** Before looking a national ID up. */
    public void idLookup(Caller caller) {
        if (!idLookups.tryTake(key(caller))) {
            throw refused("rate-limit.id-lookups", idLookupsPerMinute + " national-ID look-ups per minute");
        }
    }

    /** Before moving money; a request that moved money already is not counted again. */
    public void moneyMutation(Caller caller) {
        boolean inRequest = Arc.container().requestContext().isActive();
        if (inRequest && !moneyMoved.get().first()) {
            return;
        }
        if (!moneyMutations.tryTake(key(caller))) {
            if (inRequest) {
                moneyMoved.get().undo();
            }
            throw refused("rate-limit.money-mutations", moneyMutationsPerMinute + " money-moving requests per minute");
        }
    }

    private String key(Caller c) {
        return c.anonymous() ? "address:" + address.get() : c.roleName() + ":" + c.subject();
    }

    private static PolicyException refused(String rule, String limit) {
        return new PolicyException(ErrorCode.RATE_LIMITED, rule, "at most " + limit + " for this caller");
    }
}
