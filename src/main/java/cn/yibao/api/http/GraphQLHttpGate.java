package cn.yibao.api.http;

import cn.yibao.api.http.MediaTypes.Response;
import cn.yibao.policy.common.ErrorCode;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * GraphQL over HTTP at the edge: what SmallRye would answer with status 200, a 404 or a 500 is
 * refused here with its status and {@code extensions.code} (graphql/README.md, "Errors"). Two
 * filters on /graphql, after Quarkus's authentication and authorization filters: the first checks
 * method, media types and declared length and reads the body; the second checks the body's shape
 * ({@link RequestScan}) and the document ({@link DocumentGate}). A document seen before costs one
 * set look-up; the body is scanned once without building objects.
 */
@ApplicationScoped
public class GraphQLHttpGate {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpGate.class);

    static final String PATH = "/graphql";
    /** Filters run by descending priority; Quarkus's security filters have 100 and more. */
    static final int PRIORITY = 20;

    /** The response media type the client accepts; set on requests that passed the first filter. */
    private static final String MEDIA = "yibao.graphql.media";

    private final Instance<GraphQLSchema> schema;
    private final long maxBodySize;
    private final DocumentLimits limits;
    private final BodyHandler bodyHandler;
    private volatile DocumentGate documents;

    GraphQLHttpGate(
            Instance<GraphQLSchema> schema,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "yibao.graphql.max-tokens") int maxTokens,
            @ConfigProperty(name = "yibao.graphql.max-depth") int maxDepth,
            @ConfigProperty(name = "yibao.graphql.max-complexity") long maxComplexity,
            @ConfigProperty(name = "yibao.graphql.max-fields") int maxFields,
            @ConfigProperty(name = "yibao.graphql.max-aliases") int maxAliases,
            @ConfigProperty(name = "yibao.graphql.introspection") boolean introspection) {
        this.schema = schema;
        this.maxBodySize = maxBodySize.asLongValue();
        this.limits = new DocumentLimits(maxTokens, maxDepth, maxComplexity, maxFields, maxAliases, introspection);
        this.bodyHandler = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void register(@Observes Filters filters) {
        filters.register(this::beforeBody, PRIORITY);
        filters.register(this::afterBody, PRIORITY - 1);
    }

    /** A failure on /graphql (a chunked body over the limit, anything unexpected): JSON, a code, no stack. */
    void failures(@Observes Router router) {
        router.route(PATH).failureHandler(rc -> {
            if (rc.failure() instanceof AuthenticationFailedException
                    || rc.failure() instanceof UnauthorizedException) {
                // A bearer token that fails verification: 401, as Quarkus would answer, with a code.
                rc.response().putHeader("WWW-Authenticate", "Bearer");
                refuse(rc, 401, ErrorCode.UNAUTHENTICATED, "auth.token", "the bearer token is not valid");
                return;
            }
            int status = rc.statusCode() >= 400 && rc.statusCode() < 500 ? rc.statusCode() : 500;
            if (status == 500) {
                LOG.error("GraphQL request failed", rc.failure());
            }
            if (rc.response().headWritten()) {
                rc.response().end();
                return;
            }
            if (status == 413) {
                refuse(rc, 413, ErrorCode.PAYLOAD_TOO_LARGE, "http.body-size", "at most " + maxBodySize + " bytes");
            } else if (status == 500) {
                refuse(rc, 500, ErrorCode.INTERNAL_ERROR, "http.failure", null);
            } else {
                refuse(rc, status, ErrorCode.BAD_REQUEST, "http.body", "HTTP " + status);
            }
        });
    }

    private void beforeBody(RoutingContext rc) {
        if (!isGraphQL(rc.normalizedPath())) {
            rc.next();
            return;
        }
        HttpMethod method = rc.request().method();
        if (method == HttpMethod.OPTIONS) {
            rc.next(); // SmallRye answers with Allow
            return;
        }
        if (method != HttpMethod.POST) {
            rc.response().putHeader(HttpHeaders.ALLOW, "POST, OPTIONS");
            refuse(
                    rc,
                    405,
                    ErrorCode.METHOD_NOT_ALLOWED,
                    "http.method",
                    method.name() + " is not served: queries and mutations are POSTed as JSON");
            return;
        }
        Response media = header(rc, HttpHeaders.ACCEPT) == null
                ? Response.JSON
                : MediaTypes.negotiate(rc.parsedHeaders().accept().stream()
                        .map(MIMEHeader::rawValue)
                        .toList());
        if (media == null) {
            refuse(rc, 406, ErrorCode.NOT_ACCEPTABLE, "http.accept", "Accept: " + header(rc, HttpHeaders.ACCEPT));
            return;
        }
        String unsupported = MediaTypes.unsupportedContentType(header(rc, HttpHeaders.CONTENT_TYPE));
        if (unsupported != null) {
            refuse(rc, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "http.content-type", unsupported);
            return;
        }
        String length = header(rc, HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            refuse(rc, 413, ErrorCode.PAYLOAD_TOO_LARGE, "http.body-size", "at most " + maxBodySize + " bytes");
            return;
        }
        rc.put(MEDIA, media);
        if (media == Response.GRAPHQL_RESPONSE) {
            // A request error (no data: validation, variables) is a 400 for this media type.
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() == 200
                        && VertxContext.isOnDuplicatedContext()
                        && ContextLocals.get(CodedErrors.REQUEST_ERROR, Boolean.FALSE)) {
                    rc.response().setStatusCode(400);
                }
            });
        } else {
            // SmallRye's default for a missing Accept or */* is application/graphql-response+json;
            // GraphQL over HTTP assumes application/json then.
            rc.addHeadersEndHandler(v -> {
                String type = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
                if (type != null && type.startsWith("application/graphql-response+json")) {
                    rc.response().putHeader(HttpHeaders.CONTENT_TYPE, EdgeResponses.JSON);
                }
            });
        }
        if (!rc.request().isEnded()) {
            rc.request().resume();
        }
        bodyHandler.handle(rc); // continues with afterBody; a body over the limit fails with 413
    }

    private void afterBody(RoutingContext rc) {
        Response media = rc.get(MEDIA);
        if (media == null) {
            rc.next();
            return;
        }
        Buffer body = rc.body().buffer();
        RequestScan.Result scanned = RequestScan.scan(body == null ? null : body.getBytes());
        if (scanned.refusal() != null) {
            EdgeResponses.refuse(rc, 400, EdgeResponses.JSON, scanned.refusal());
            return;
        }
        Optional<Refusal> refused = documents().check(scanned.query());
        if (refused.isPresent()) {
            // A request error of GraphQL over HTTP: 200 for application/json, 400 for graphql-response+json.
            if (media == Response.JSON) {
                EdgeResponses.refuse(rc, 200, EdgeResponses.JSON, refused.get());
            } else {
                EdgeResponses.refuse(rc, 400, EdgeResponses.GRAPHQL_RESPONSE, refused.get());
            }
            return;
        }
        rc.next();
    }

    private DocumentGate documents() {
        DocumentGate d = documents;
        if (d == null) {
            synchronized (this) {
                d = documents;
                if (d == null) {
                    d = new DocumentGate(
                            new DocumentCheck(schema.get(), limits, MoneyMutations.MOVE_MONEY), limits.maxTokens());
                    documents = d;
                }
            }
        }
        return d;
    }

    /** /graphql, also with trailing slashes, as the GraphQL route matches it. */
    static boolean isGraphQL(String normalizedPath) {
        int end = normalizedPath.length();
        while (end > 1 && normalizedPath.charAt(end - 1) == '/') {
            end--;
        }
        return end == PATH.length() && normalizedPath.startsWith(PATH);
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false; // the body handler counts the bytes
        }
    }

    private static String header(RoutingContext rc, CharSequence name) {
        String v = rc.request().getHeader(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static void refuse(RoutingContext rc, int status, ErrorCode code, String rule, String detail) {
        EdgeResponses.refuse(rc, status, EdgeResponses.JSON, new Refusal(code, rule, detail));
    }
}
