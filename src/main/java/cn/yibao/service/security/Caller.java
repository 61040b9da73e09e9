package cn.yibao.service.security;

import cn.yibao.policy.model.Region;
import java.util.Objects;
import java.util.Set;

/**
 * The verified caller of one request, as the service layer sees it. Built from the bearer token
 * by the API edge; services decide on it, never on annotations alone.
 *
 * @param subject the token's {@code sub}: a person's id for a citizen, a staff id otherwise;
 *     "anonymous" when no token was sent
 * @param role null for an anonymous caller
 * @param personId the citizen's own person id; null for staff and anonymous callers
 * @param regions an officer's regions (usually one); empty for everyone else
 */
public record Caller(String subject, Role role, Long personId, Set<Region> regions) {

    public static final Caller ANONYMOUS = new Caller("anonymous", null, null, Set.of());

    /**
     * Work done outside any request (e.g. a test or job calling services directly): recorded as
     * SYSTEM in the audit trail, and refused by every access check like an anonymous caller.
     */
    public static final Caller SYSTEM = new Caller("system", null, null, Set.of());

    public Caller {
        Objects.requireNonNull(subject, "subject");
        regions = Set.copyOf(regions);
    }

    public static Caller citizen(long personId) {
        return new Caller(Long.toString(personId), Role.CITIZEN, personId, Set.of());
    }

    public static Caller officer(String staffId, Set<Region> regions) {
        return new Caller(staffId, Role.OFFICER, null, regions);
    }

    public static Caller auditor(String staffId) {
        return new Caller(staffId, Role.AUDITOR, null, Set.of());
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean anonymous() {
        return role == null;
    }

    /** The role as written in audit records: CITIZEN, OFFICER, AUDITOR, SYSTEM or ANONYMOUS. */
    public String roleName() {
        if (role != null) {
            return role.name();
        }
        return SYSTEM.equals(this) ? "SYSTEM" : "ANONYMOUS";
    }
}
