package cn.yibao.api.security;

/** Role names as written in {@code @RolesAllowed} (the token's {@code groups}); see service.security.Role. */
public final class Roles {

    public static final String CITIZEN = "CITIZEN";
    public static final String OFFICER = "OFFICER";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {}
}
