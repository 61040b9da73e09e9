package cn.yibao.api.errors;

import cn.yibao.policy.common.ErrorCode;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a citizen reads when a request is refused: a Chinese sentence per error code (the
 * default), or English when the request asks for it; the rule's own English detail follows.
 */
final class ErrorMessages {

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
    }

    private ErrorMessages() {}

    static String message(ErrorCode code, String detail, boolean english) {
        String head = (english ? EN : ZH).get(code);
        if (detail == null || detail.isBlank()) {
            return head;
        }
        return english ? head + ": " + detail : head + "（" + detail + "）";
    }
}
