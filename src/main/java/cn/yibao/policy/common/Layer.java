package cn.yibao.policy.common;

/** The layers of a claim, in the order they pay (SPEC §3.0.5); ids as in the client contract. */
public enum Layer {
    PERSONAL_ACCOUNT("personal-account"),
    BASIC("basic"),
    CRITICAL_ILLNESS("critical-illness"),
    SUPPLEMENTARY("supplementary"),
    FAMILY_POOL("family-pool"),
    PERSONAL("personal");

    private final String id;

    Layer(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
