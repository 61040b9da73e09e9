package cn.yibao.policy.common;

import java.util.Objects;

/** A request the rules refuse: an error code, the rule that refused it, and an English message. */
public class PolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String ruleId;

    public PolicyException(ErrorCode code, String ruleId, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.ruleId = ruleId;
    }

    public ErrorCode code() {
        return code;
    }

    public String ruleId() {
        return ruleId;
    }

    public static PolicyException badInput(String ruleId, String message) {
        return new PolicyException(ErrorCode.BAD_USER_INPUT, ruleId, message);
    }
}
