package cn.yibao.api.http;

import cn.yibao.policy.common.ErrorCode;

/**
 * Why the edge refuses a request before it reaches a use case: the code, the rule (the limit or
 * check, as in {@code extensions.rule}) and a detail in English appended to the localised message.
 */
public record Refusal(ErrorCode code, String rule, String detail) {}
