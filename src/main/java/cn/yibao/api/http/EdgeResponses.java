package cn.yibao.api.http;

import cn.yibao.api.errors.ErrorMessages;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** A refusal as a GraphQL response without data: {"errors":[{message, extensions:{code, rule}}]}. */
final class EdgeResponses {

    static final String JSON = "application/json; charset=UTF-8";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=UTF-8";

    private EdgeResponses() {}

    static void refuse(RoutingContext rc, int status, String contentType, Refusal r) {
        boolean english = ErrorMessages.english(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        JsonObject error = new JsonObject()
                .put("message", ErrorMessages.message(r.code(), r.detail(), english))
                .put("extensions", new JsonObject().put("code", r.code().name()).put("rule", r.rule()));
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
