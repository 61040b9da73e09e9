package cn.yibao.api.types;

import cn.yibao.policy.familyaid.FamilyAidModel;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.service.FamilyPoolDetails;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FamilyPoolNetwork")
@Description("A family mutual-aid network (家庭共济网, Shanghai) or an authoriser's bindings (家庭共济绑定, Zhejiang);"
        + " the model follows the founder's region.")
public record FamilyPoolNetworkView(
        @Id @NonNull String id,
        @NonNull PersonView founder,
        @NonNull @Description("A member sees the founder and itself only; the founder sees every member")
                List<@NonNull FamilyPoolMemberView> members,
        @NonNull List<@NonNull PoolMode> modes,
        @NonNull @Description("The founder's historical-account balance (the whole of it is the fund)")
                BigDecimal fundBalance,
        boolean active,
        @NonNull @Description("NETWORK (Shanghai, SPEC §3.22) or AUTHORISATION (Zhejiang, §3.21)")
                FamilyAidModel model) {

    public static FamilyPoolNetworkView from(FamilyPoolDetails d) {
        return new FamilyPoolNetworkView(
                String.valueOf(d.id()),
                PersonView.from(d.founder()),
                d.members().stream().map(FamilyPoolMemberView::from).toList(),
                d.modes().stream().sorted().toList(),
                d.fundBalance().yuan(),
                d.active(),
                d.model());
    }
}
