package cn.yibao.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** A clock that never moves: no permit comes back during a test (enabled by RateLimitTest's profile). */
@Alternative
@ApplicationScoped
public class FrozenTicker implements Ticker {

    @Override
    public long nanos() {
        return 0;
    }
}
