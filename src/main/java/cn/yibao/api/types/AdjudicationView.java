package cn.yibao.api.types;

import cn.yibao.persistence.ClaimEntity;
import cn.yibao.policy.claim.Adjudication;
import cn.yibao.policy.common.Layer;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * What each layer pays. {@code lines} is resolved in batches for stored claims ({@code claimId}),
 * or taken from {@code computed} for an estimate.
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
        @Ignore Long claimId,
        @Ignore List<AdjudicationLineView> computed) {

    public static AdjudicationView from(Adjudication a) {
        return new AdjudicationView(
                a.personalAccount().yuan(),
                a.basic().yuan(),
                a.criticalIllness().yuan(),
                a.supplementary().yuan(),
                a.familyPool().yuan(),
                a.personal().yuan(),
                a.incomplete().stream().map(Layer::id).sorted().toList(),
                null,
                a.lines().stream().map(AdjudicationLineView::from).toList());
    }

    public static AdjudicationView from(ClaimEntity c) {
        return new AdjudicationView(
                c.personalAccount.yuan(),
                c.basicFund.yuan(),
                c.criticalIllness.yuan(),
                c.supplementary.yuan(),
                c.familyPool.yuan(),
                c.personal.yuan(),
                c.incompleteLayers.isEmpty() ? List.of() : List.of(c.incompleteLayers.split(",")),
                c.id,
                null);
    }
}
