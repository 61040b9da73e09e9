package cn.yibao.api.types;

import cn.yibao.policy.common.Explanation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Explanation")
@Description("One line explaining a result: the stable rule id, a sentence, and the policy document section.")
public record ExplanationView(
        @NonNull @Description("Stable rule id, e.g. waiting.variable") String rule,
        @NonNull String text,
        @NonNull @Description("Policy document and section the rule comes from") String source) {

    public static ExplanationView from(Explanation e) {
        return new ExplanationView(e.rule(), e.text(), e.source().cite());
    }
}
