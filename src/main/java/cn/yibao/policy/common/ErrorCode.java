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
    RATE_LIMITED
}
