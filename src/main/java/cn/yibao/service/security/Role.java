package cn.yibao.service.security;

/** Who a token speaks for (issue 5). Carried in the token's {@code groups} claim. */
public enum Role {
    /** A person: the token's subject is the person's id. */
    CITIZEN,
    /** Staff of a medical-insurance office: acts for persons of the regions in its token. */
    OFFICER,
    /** Reads everything, changes nothing, reads the audit log. */
    AUDITOR
}
