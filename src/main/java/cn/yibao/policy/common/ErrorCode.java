package cn.yibao.policy.common;

/** Why a request cannot be answered; the API exposes these as GraphQL {@code extensions.code}. */
public enum ErrorCode {
    BAD_USER_INPUT,
    NOT_FOUND,
    CONFLICT,
    POLICY_NOT_PUBLISHED,
    NOT_ELIGIBLE,
    NOT_A_RELATIVE,
    ALREADY_IN_NETWORK,
    INSUFFICIENT_FUNDS,
    MODE_NOT_ENABLED,
    DEADLINE_PASSED,
    /** No valid bearer token where one is needed. */
    UNAUTHENTICATED,
    /** The caller's role or scope does not allow this. */
    FORBIDDEN,
    /** Too many requests of this kind from the caller in a short time. */
    RATE_LIMITED,
    // ---- Refused at the HTTP and GraphQL edge, before any use case runs (graphql/README.md) ----
    /** The body is not a GraphQL request: no JSON object, no string query, parameters of the wrong type. */
    BAD_REQUEST,
    /** A JSON array of requests: each request is sent on its own. */
    BATCH_NOT_SUPPORTED,
    /** Only POST (and OPTIONS) on the GraphQL endpoint. */
    METHOD_NOT_ALLOWED,
    /** The request's Content-Type is not application/json (UTF-8). */
    UNSUPPORTED_MEDIA_TYPE,
    /** The client accepts neither application/json nor application/graphql-response+json. */
    NOT_ACCEPTABLE,
    /** The body exceeds the size limit. */
    PAYLOAD_TOO_LARGE,
    /** The GraphQL document has a syntax error. */
    GRAPHQL_PARSE_FAILED,
    /** The GraphQL document does not fit the schema. */
    GRAPHQL_VALIDATION_FAILED,
    /** The document exceeds a limit: tokens, depth, complexity, fields or aliases. */
    QUERY_TOO_COMPLEX,
    /** More than one money-moving mutation in one operation. */
    TOO_MANY_MONEY_MUTATIONS,
    /** Introspection (__schema, __type) is switched off. */
    INTROSPECTION_DISABLED,
    /** Something failed on the server; the client can only retry later. */
    INTERNAL_ERROR
}
