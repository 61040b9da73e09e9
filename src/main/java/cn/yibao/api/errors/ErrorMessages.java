package cn.yibao.api.errors;

import cn.yibao.policy.common.ErrorCode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a citizen reads when a request is refused: a Chinese sentence per error code (the
 * default), or English when the request asks for it; the rule's own English detail follows.
 */
public final class ErrorMessages {

    private static final Map<ErrorCode, String> ZH = new EnumMap<>(ErrorCode.class);

    static {
        ZH.put(ErrorCode.BAD_USER_INPUT, "输入有误，请检查后重试");
        ZH.put(ErrorCode.NOT_FOUND, "未找到相关记录");
        ZH.put(ErrorCode.CONFLICT, "请求与已有记录冲突");
        ZH.put(ErrorCode.POLICY_NOT_PUBLISHED, "相关政策文件尚未公布该项内容，暂无法计算");
        ZH.put(ErrorCode.NOT_ELIGIBLE, "不符合办理条件");
        ZH.put(ErrorCode.NOT_A_RELATIVE, "该关系不属于可共济的近亲属");
        ZH.put(ErrorCode.ALREADY_IN_NETWORK, "该人员已在其他家庭共济关系中");
        ZH.put(ErrorCode.INSUFFICIENT_FUNDS, "历年账户余额不足");
        ZH.put(ErrorCode.MODE_NOT_ENABLED, "家庭共济网未开通该共济方式");
        ZH.put(ErrorCode.DEADLINE_PASSED, "已超过办理截止时间");
        ZH.put(ErrorCode.UNAUTHENTICATED, "请先登录");
        ZH.put(ErrorCode.FORBIDDEN, "无权办理或查看该事项");
        ZH.put(ErrorCode.RATE_LIMITED, "操作过于频繁，请稍后再试");
        ZH.put(ErrorCode.BAD_REQUEST, "请求格式有误");
        ZH.put(ErrorCode.BATCH_NOT_SUPPORTED, "不支持批量请求，请逐个发送");
        ZH.put(ErrorCode.METHOD_NOT_ALLOWED, "请使用 POST 方法发送请求");
        ZH.put(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "请求内容类型须为 application/json（UTF-8）");
        ZH.put(ErrorCode.NOT_ACCEPTABLE, "仅支持 application/json 或 application/graphql-response+json 格式的响应");
        ZH.put(ErrorCode.PAYLOAD_TOO_LARGE, "请求内容过大");
        ZH.put(ErrorCode.GRAPHQL_PARSE_FAILED, "查询语句有语法错误");
        ZH.put(ErrorCode.GRAPHQL_VALIDATION_FAILED, "查询语句与接口定义不符");
        ZH.put(ErrorCode.QUERY_TOO_COMPLEX, "查询过于复杂，请拆分后重试");
        ZH.put(ErrorCode.TOO_MANY_MONEY_MUTATIONS, "每次请求只能办理一项涉及资金的业务");
        ZH.put(ErrorCode.INTROSPECTION_DISABLED, "接口结构查询已关闭");
        ZH.put(ErrorCode.INTERNAL_ERROR, "系统繁忙，请稍后再试");
    }

    private static final Map<ErrorCode, String> EN = new EnumMap<>(ErrorCode.class);

    static {
        EN.put(ErrorCode.BAD_USER_INPUT, "The input is not valid");
        EN.put(ErrorCode.NOT_FOUND, "Not found");
        EN.put(ErrorCode.CONFLICT, "The request conflicts with an existing record");
        EN.put(ErrorCode.POLICY_NOT_PUBLISHED, "The policy documents do not publish what this needs");
        EN.put(ErrorCode.NOT_ELIGIBLE, "Not eligible");
        EN.put(ErrorCode.NOT_A_RELATIVE, "This relation is not a close relative for family mutual aid");
        EN.put(ErrorCode.ALREADY_IN_NETWORK, "This person already belongs to another family mutual-aid network");
        EN.put(ErrorCode.INSUFFICIENT_FUNDS, "The historical account balance is not sufficient");
        EN.put(ErrorCode.MODE_NOT_ENABLED, "The family network has not enabled this mode");
        EN.put(ErrorCode.DEADLINE_PASSED, "The deadline has passed");
        EN.put(ErrorCode.UNAUTHENTICATED, "Please sign in");
        EN.put(ErrorCode.FORBIDDEN, "You may not do or see this");
        EN.put(ErrorCode.RATE_LIMITED, "Too many requests; please try again later");
        EN.put(ErrorCode.BAD_REQUEST, "The request is not a valid GraphQL request");
        EN.put(ErrorCode.BATCH_NOT_SUPPORTED, "Batched requests are not supported; send each request on its own");
        EN.put(ErrorCode.METHOD_NOT_ALLOWED, "Send GraphQL requests with POST");
        EN.put(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The request content type must be application/json (UTF-8)");
        EN.put(ErrorCode.NOT_ACCEPTABLE, "Responses are application/json or application/graphql-response+json only");
        EN.put(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large");
        EN.put(ErrorCode.GRAPHQL_PARSE_FAILED, "The GraphQL document has a syntax error");
        EN.put(ErrorCode.GRAPHQL_VALIDATION_FAILED, "The GraphQL document does not match the schema");
        EN.put(ErrorCode.QUERY_TOO_COMPLEX, "The query is too complex; split it into smaller ones");
        EN.put(ErrorCode.TOO_MANY_MONEY_MUTATIONS, "One request may move money only once");
        EN.put(ErrorCode.INTROSPECTION_DISABLED, "Introspection is switched off");
        EN.put(ErrorCode.INTERNAL_ERROR, "The service could not answer; please try again later");
    }

    private ErrorMessages() {}

    /** Whether an Accept-Language header asks for English (Chinese is the default). */
    public static boolean english(String acceptLanguage) {
        return acceptLanguage != null
                && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }

    public static String message(ErrorCode code, String detail, boolean english) {
        String head = (english ? EN : ZH).get(code);
        if (detail == null || detail.isBlank()) {
            return head;
        }
        return english ? head + ": " + detail : head + "（" + detail + "）";
    }
}
