package cn.yibao.api.http;

import java.util.List;
import java.util.Locale;

/** The media types of GraphQL over HTTP the service speaks: JSON in, JSON or graphql-response+json out. */
final class MediaTypes {

    enum Response {
        /** application/json (also a missing Accept and any type): request errors have status 200. */
        JSON,
        /** application/graphql-response+json: request errors have status 400. */
        GRAPHQL_RESPONSE
    }

    private MediaTypes() {}

    /**
     * The response type for the Accept entries in the client's order of preference, as SmallRye
     * chooses it (the first acceptable entry wins); null when SmallRye would answer 406.
     */
    static Response negotiate(List<String> accepted) {
        if (accepted.isEmpty()) {
            return Response.JSON;
        }
        for (String raw : accepted) {
            if (raw.startsWith("application/graphql-response+json")) {
                return Response.GRAPHQL_RESPONSE;
            }
            if (raw.startsWith("application/json")
                    || raw.startsWith("application/graphql+json")
                    || raw.startsWith("*/*")) {
                return Response.JSON;
            }
        }
        return null;
    }

    /** Why a request's Content-Type is refused; null for application/json in UTF-8. */
    static String unsupportedContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "Content-Type is missing";
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return contentType.strip() + " is not served: send application/json";
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv[0].trim().equalsIgnoreCase("charset")) {
                String charset =
                        kv.length < 2 ? "" : kv[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return "charset " + charset + ": only UTF-8";
                }
            }
        }
        return null;
    }
}
