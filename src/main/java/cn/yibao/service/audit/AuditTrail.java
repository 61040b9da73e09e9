package cn.yibao.service.audit;

import cn.yibao.persistence.AuditGroupCommit;
import cn.yibao.persistence.AuditLogRepository;
import cn.yibao.policy.common.Money;
import cn.yibao.service.security.Caller;
import cn.yibao.service.security.CurrentCaller;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the audit trail (issue 5): who, in which role, did what to which target, and with which
 * outcome. The database chains the records and refuses to change them (V5); this class decides
 * WHEN a record is written:
 *
 * <ul>
 *   <li>{@link #record}: with the current transaction, as its last statements before COMMIT, so
 *       the record exists if and only if what it records was committed (a mutation, a money
 *       movement);
 *   <li>{@link #recordSeparately}: at once, in a short transaction of its own, whatever becomes of
 *       the caller's: a refused mutation (its transaction rolled back, the refusal must stay) and
 *       reads. Concurrent requests share that transaction ({@link AuditGroupCommit}), and each
 *       returns once its record has committed.
 * </ul>
 *
 * Details hold ids, years, codes and amounts only ({@link AuditDetails}).
 */
@ApplicationScoped
public class AuditTrail {

    public static final String OK = "OK";
    /** At most this many person ids are listed in the record of one read. */
    public static final int MAX_READ_IDS = 100;

    /** Ids of ours have at most 12 digits for a long time; a longer "id" may be a national ID. */
    private static final long MAX_ID = 999_999_999_999L;

    private static final Pattern ACTION_PART = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern OUTCOME = Pattern.compile("[A-Z_]{2,40}");

    private final AuditLogRepository log;
    private final AuditGroupCommit groupCommit;
    private final CurrentCaller callers;

    AuditTrail(AuditLogRepository log, AuditGroupCommit groupCommit, CurrentCaller callers) {
        this.log = log;
        this.groupCommit = groupCommit;
        this.callers = callers;
    }

    /**
     * Records in the current transaction, written when it commits and lost with it if it rolls back;
     * without a transaction, at once in one of its own.
     */
    public void record(Caller caller, String action, String target, String outcome, Map<String, ?> details) {
        AuditLogRepository.NewRecord r = row(caller, action, target, outcome, details);
        if (QuarkusTransaction.isActive()) {
            log.appendAtCommit(r);
        } else {
            // Only a read's record may skip waiting for the disk (AuditGroupCommit).
            groupCommit.append(r, !action.startsWith("read:"));
        }
    }

    /** Records at once, in a transaction of its own that has committed when this returns. */
    public void recordSeparately(Caller caller, String action, String target, String outcome, Map<String, ?> details) {
        groupCommit.append(row(caller, action, target, outcome, details), true);
    }

    /**
     * A money movement of the current transaction by the current caller: action {@code money:<movement>},
     * the amount (a string with two decimals) added to {@code details}.
     */
    public void money(String movement, String target, Money amount, Map<String, ?> details) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put("amount", amount);
        record(current(), "money:" + movement, target, OK, d);
    }

    /** The request's caller; SYSTEM when no request is active (services called by a job or a test). */
    private Caller current() {
        return Arc.container().requestContext().isActive() ? callers.get() : Caller.SYSTEM;
    }

    /**
     * The caller read data of these persons ({@code via}: what was asked, e.g. {@code query:person}):
     * one record for the request, listing the ids (the first {@value #MAX_READ_IDS}) and their count;
     * none when a citizen reads only itself. In a transaction (a mutation's), the record commits with
     * it (the data leaves only if it commits); otherwise it is written at once.
     */
    public void personsRead(Caller caller, Collection<Long> personIds, String via) {
        Set<Long> others = new LinkedHashSet<>(personIds);
        if (caller.personId() != null) {
            others.remove(caller.personId());
        }
        if (others.isEmpty()) {
            return;
        }
        List<Long> listed = others.stream().limit(MAX_READ_IDS).toList();
        record(
                caller,
                "read:person",
                others.size() == 1 ? target("person", listed.get(0)) : null,
                OK,
                AuditDetails.of("via", via, "count", others.size(), "personIds", listed));
    }

    /** {@code kind:id}, e.g. {@code person:123}. */
    public static String target(String kind, long id) {
        return kind + ":" + id;
    }

    /**
     * An id from a request as it may be recorded: a positive number of at most 12 digits, else null
     * (a malformed id, or a longer number, which might be a national ID sent in the wrong field).
     */
    public static Long recordableId(String raw) {
        try {
            long v = Long.parseLong(raw == null ? "" : raw.trim());
            return v > 0 && v <= MAX_ID ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static AuditLogRepository.NewRecord row(
            Caller caller, String action, String target, String outcome, Map<String, ?> details) {
        int colon = action.indexOf(':');
        if (colon < 1 || !ACTION_PART.matcher(action.substring(colon + 1)).matches()) {
            throw new IllegalArgumentException("an action is kind:name");
        }
        if (target != null && AuditDetails.LONG_DIGIT_RUN.matcher(target).find()) {
            throw new IllegalArgumentException("a target holds ids, never a national ID");
        }
        return new AuditLogRepository.NewRecord(
                subject(caller.subject()),
                caller.roleName(),
                action,
                target,
                OUTCOME.matcher(outcome).matches() ? outcome : "INTERNAL_ERROR",
                AuditDetails.json(details));
    }

    /** The token's subject (200 characters at most), any run of 15 digits or more masked as a national ID is. */
    private static String subject(String s) {
        String masked = AuditDetails.LONG_DIGIT_RUN
                .matcher(s)
                .replaceAll(m -> m.group().substring(0, 4)
                        + "*".repeat(m.group().length() - 8)
                        + m.group().substring(m.group().length() - 4));
        return masked.length() <= 200 ? masked : masked.substring(0, 200);
    }
}
