package cn.yibao.api.types;

import cn.yibao.persistence.ClaimEntity;
import cn.yibao.persistence.ClaimLineEntity;
import cn.yibao.policy.claim.Adjudication;
import cn.yibao.policy.common.Layer;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * What each layer pays, with its lines: computed for an estimate, read with the claim for a stored
 * one (a plain field, not a resolver: a person's claims read their lines in the same batch).
 */
@Type("Adjudication")
@Description("What each insurance layer pays for a claim; the six amounts add up to the total cost.")
public record AdjudicationView(
        @NonNull @Description("Employee's own account (当年账户 / 历年账户)") BigDecimal personalAccount,
        @NonNull BigDecimal basicFund,
        @NonNull BigDecimal criticalIllness,
        @NonNull BigDecimal supplementary,
        @NonNull BigDecimal familyPool,
        @NonNull BigDecimal personal,
        @NonNull @Description("Layers not computed because the policy documents do not publish their parameters")
                List<@NonNull String> notComputed,
        @NonNull List<@NonNull AdjudicationLineView> lines) {

    public static AdjudicationView from(Adjudication a) {
        return new AdjudicationView(
                a.personalAccount().yuan(),
                a.basic().yuan(),
                a.criticalIllness().yuan(),
                a.supplementary().yuan(),
                a.familyPool().yuan(),
                a.personal().yuan(),
                a.incomplete().stream().map(Layer::id).sorted().toList(),
                a.lines().stream().map(AdjudicationLineView::from).toList());
    }

    /** A stored claim; {@code lines}: its stored lines in order (empty when the query did not ask). */
    public static AdjudicationView from(ClaimEntity c, List<ClaimLineEntity> lines) {
        return new AdjudicationView(
                c.personalAccount.yuan(),
                c.basicFund.yuan(),
                c.criticalIllness.yuan(),
                c.supplementary.yuan(),
                c.familyPool.yuan(),
                c.personal.yuan(),
                c.incompleteLayers.isEmpty() ? List.of() : List.of(c.incompleteLayers.split(",")),
                lines.stream().map(AdjudicationLineView::stored).toList());
    }
}
