package cn.yibao.api;

import cn.yibao.policy.common.PolicyException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: base64 of "<kind>:<id>". */
final class Cursors {

    private Cursors() {}

    static String encode(String kind, long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Long decode(String kind, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(kind + ":")) {
                return Long.parseLong(s.substring(kind.length() + 1));
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        throw PolicyException.badInput("input.cursor", "not a cursor of this list");
    }
}
