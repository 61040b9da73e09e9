package cn.yibao.service;

import cn.yibao.policy.common.PolicyException;

/** Ids arrive as decimal strings (GraphQL ID); anything else is BAD_USER_INPUT. */
public final class Ids {

    private Ids() {}

    public static long parse(String id, String field) {
        try {
            long v = Long.parseLong(id == null ? "" : id.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the refusal below
        }
        throw PolicyException.badInput("input.id", field + " is not a valid id");
    }

    /** Null for a malformed id: a look-up by such an id simply finds nothing. */
    public static Long parseOrNull(String id) {
        try {
            long v = Long.parseLong(id == null ? "" : id.trim());
            return v > 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
