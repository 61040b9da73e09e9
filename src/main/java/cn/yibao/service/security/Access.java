package cn.yibao.service.security;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;

/**
 * Who may see and do what (issue 5), decided in the service layer on the verified {@link Caller}.
 * The API's role annotations are a first gate; these checks hold whatever path a call takes.
 *
 * <ul>
 *   <li>CITIZEN: itself only (its records, quotes and estimates), plus its family network.
 *   <li>OFFICER: persons of its regions; registers, enrolls, submits claims.
 *   <li>AUDITOR: reads everything, changes nothing.
 * </ul>
 */
public final class Access {

    private Access() {}

    /** Reading a person's records: the person itself, an officer of its region, an auditor. */
    public static void read(Caller c, long personId, Region personRegion) {
        signedIn(c);
        boolean allowed =
                switch (c.role()) {
                    case CITIZEN -> c.personId() == personId;
                    case OFFICER -> c.regions().contains(personRegion);
                    case AUDITOR -> true;
                };
        allowIf(allowed, c, "read person " + personId);
    }

    /** Acting for a person (enroll, family network acts): the person itself or an officer of its region. */
    public static void actFor(Caller c, long personId, Region personRegion) {
        signedIn(c);
        boolean allowed =
                switch (c.role()) {
                    case CITIZEN -> c.personId() == personId;
                    case OFFICER -> c.regions().contains(personRegion);
                    case AUDITOR -> false;
                };
        allowIf(allowed, c, "act for person " + personId);
    }

    /** Office work in a region (registering, history import, claims settlement): its officers only. */
    public static void officerOf(Caller c, Region region) {
        signedIn(c);
        allowIf(c.is(Role.OFFICER) && c.regions().contains(region), c, "do office work in " + code(region));
    }

    /** Listing a region's persons: its officers and auditors. */
    public static void listRegion(Caller c, Region region) {
        signedIn(c);
        allowIf(
                c.is(Role.AUDITOR) || (c.is(Role.OFFICER) && c.regions().contains(region)),
                c,
                "list persons of " + code(region));
    }

    /** The audit log: auditors only. */
    public static void auditor(Caller c) {
        signedIn(c);
        allowIf(c.is(Role.AUDITOR), c, "read the audit log");
    }

    /** The citizen's own id, for views "as the caller sees it"; an explicit other viewer is refused. */
    public static Long viewer(Caller c, Long requestedViewer) {
        signedIn(c);
        if (!c.is(Role.CITIZEN)) {
            return requestedViewer;
        }
        if (requestedViewer != null && !requestedViewer.equals(c.personId())) {
            throw forbidden(c, "view as person " + requestedViewer);
        }
        return c.personId();
    }

    public static void signedIn(Caller c) {
        if (c == null || c.anonymous()) {
            throw new PolicyException(ErrorCode.UNAUTHENTICATED, "auth.required", "a bearer token is required");
        }
    }

    private static void allowIf(boolean allowed, Caller c, String what) {
        if (!allowed) {
            throw forbidden(c, what);
        }
    }

    public static PolicyException forbidden(Caller c, String what) {
        return new PolicyException(ErrorCode.FORBIDDEN, "auth.scope", c.roleName() + " may not " + what);
    }

    private static String code(Region r) {
        return r == null ? "an unknown region" : r.code();
    }
}
