package cn.yibao.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The only place the services read the wall clock: the default business time of a request that
 * gives none (China Standard Time, where the policy deadlines are stated), and audit timestamps.
 * Rules never call it: they receive the time as an argument (SPEC §7).
 */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The business time of a request received now, China Standard Time. */
    public LocalDateTime now() {
        return LocalDateTime.now(CHINA);
    }

    /** An audit timestamp (when a row changed), not a business time. */
    public OffsetDateTime instant() {
        return OffsetDateTime.now(CHINA);
    }
}
