package cn.yibao.api;

import cn.yibao.api.audit.Audited;
import cn.yibao.api.errors.TranslatePolicyErrors;
import cn.yibao.api.security.Roles;
import cn.yibao.api.types.ContributionBatchResultView;
import cn.yibao.api.types.FamilyPoolNetworkView;
import cn.yibao.api.types.FamilyPoolStatementView;
import cn.yibao.api.types.PersonView;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Relation;
import cn.yibao.service.FamilyPoolDetails;
import cn.yibao.service.FamilyPoolService;
import cn.yibao.service.Ids;
import cn.yibao.service.ShanghaiContributionBatch;
import cn.yibao.service.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Family mutual aid (家庭共济, SPEC §3.21–§3.23, §7). There is no authentication yet: a query says
 * who is looking with {@code viewerId} (absent = the founder's view), and the mutations are the
 * founder's acts, except leaving. {@code at} is the request's business time (China Standard Time),
 * absent = when the request is received.
 */
@GraphQLApi
@TranslatePolicyErrors
@Audited
public class FamilyPoolResource {

    private static final String AT = "Business time of the request, China Standard Time (the Shanghai"
            + " PAY_CONTRIBUTION deadline is 15 Dec 17:00); default: when the request is received";

    private final CurrentCaller caller;
    private final FamilyPoolService pools;
    private final ShanghaiContributionBatch batch;

    FamilyPoolResource(CurrentCaller caller, FamilyPoolService pools, ShanghaiContributionBatch batch) {
        this.caller = caller;
        this.pools = pools;
        this.batch = batch;
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Query("familyPoolNetwork")
    @Description("A network as viewerId sees it: the founder sees every member, a member the founder and"
            + " itself; without viewerId, the founder's view (until the token says who asks). Null if unknown.")
    public FamilyPoolNetworkView familyPoolNetwork(
            @Name("id") @Id @NonNull String id,
            @Name("viewerId") @Id @Description("The person looking; NOT_ELIGIBLE if neither founder nor member")
                    String viewerId) {
        try {
            return FamilyPoolNetworkView.from(pools.network(caller.get(), id(id, "id"), optionalId(viewerId)));
        } catch (PolicyException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Query("familyPoolStatement")
    @Description("A network's ledger statement, newest first. The founder (or no viewerId) sees every"
            + " movement, a member only the movements for itself.")
    public @NonNull FamilyPoolStatementView familyPoolStatement(
            @Name("networkId") @Id @NonNull String networkId,
            @Name("viewerId") @Id String viewerId,
            @Name("first") @DefaultValue("20") @Description("1 to 100") int first,
            @Name("after") @Description("endCursor of the previous page") String after) {
        return FamilyPoolStatementView.from(
                pools.statement(caller.get(), id(networkId, "networkId"), optionalId(viewerId), first, after));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Name("familyPoolNetwork")
    @Description("The person's active network, as the person sees it (a member: the founder and itself)")
    public List<FamilyPoolNetworkView> familyPoolNetwork(@Source List<PersonView> persons) {
        List<Long> ids = persons.stream().map(p -> id(p.id(), "id")).toList();
        Map<Long, FamilyPoolDetails> views = pools.ownViews(caller.get(), PersonResource.regions(persons));
        List<FamilyPoolNetworkView> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            FamilyPoolDetails d = views.get(id);
            out.add(d == null ? null : FamilyPoolNetworkView.from(d));
        }
        return out;
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER})
    @Mutation("createFamilyPoolNetwork")
    @Description("Creates a network (Shanghai founder) or an authoriser's bindings (Zhejiang founder).")
    public @NonNull FamilyPoolNetworkView createFamilyPoolNetwork(
            @Name("founderId") @Id @NonNull String founderId,
            @Name("modes") @NonNull List<@NonNull PoolMode> modes,
            @Name("at") @Description(AT) LocalDateTime at) {
        return FamilyPoolNetworkView.from(pools.create(caller.get(), id(founderId, "founderId"), modes(modes), at));
    }

    @RolesAllowed(Roles.OFFICER)
    @Mutation("addFamilyPoolMember")
    @Description("For officials: adds a close relative (the relation checked at the office), who must qualify"
            + " under every mode the network has.")
    public @NonNull FamilyPoolNetworkView addFamilyPoolMember(
            @Name("networkId") @Id @NonNull String networkId,
            @Name("personId") @Id @NonNull String personId,
            @Name("relation") @NonNull Relation relation,
            @Name("at") @Description(AT) LocalDateTime at) {
        return FamilyPoolNetworkView.from(
                pools.addMember(caller.get(), id(networkId, "networkId"), id(personId, "personId"), relation, at));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER})
    @Mutation("leaveFamilyPoolNetwork")
    @Description("A member leaves; the result is the network as the person who left sees it (the founder only).")
    public @NonNull FamilyPoolNetworkView leaveFamilyPoolNetwork(
            @Name("networkId") @Id @NonNull String networkId, @Name("personId") @Id @NonNull String personId) {
        return FamilyPoolNetworkView.from(
                pools.leave(caller.get(), id(networkId, "networkId"), id(personId, "personId")));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER})
    @Mutation("dissolveFamilyPoolNetwork")
    @Description("The founder dissolves the network; its members are released.")
    public @NonNull FamilyPoolNetworkView dissolveFamilyPoolNetwork(@Name("networkId") @Id @NonNull String networkId) {
        return FamilyPoolNetworkView.from(pools.dissolve(caller.get(), id(networkId, "networkId")));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER})
    @Mutation("setFamilyPoolModes")
    @Description("The founder sets the modes; every member is re-checked against them.")
    public @NonNull FamilyPoolNetworkView setFamilyPoolModes(
            @Name("networkId") @Id @NonNull String networkId,
            @Name("modes") @NonNull List<@NonNull PoolMode> modes,
            @Name("at") @Description(AT) LocalDateTime at) {
        return FamilyPoolNetworkView.from(pools.setModes(caller.get(), id(networkId, "networkId"), modes(modes), at));
    }

    @RolesAllowed(Roles.OFFICER)
    @Mutation("runShanghaiContributionBatch")
    @Audited(oneTransaction = false)
    @Description("For officials: Shanghai's December batch. From the deduction date (16 Dec for 2026) it pays every"
            + " member's resident contribution for the year from the founder's historical account, for each active"
            + " network whose founder chose PAY_CONTRIBUTION by the deadline (15 Dec 17:00), by enrolling the member"
            + " with payer FAMILY_POOL; one transaction per member; safe to re-run. Progress goes to the log."
            + " BAD_USER_INPUT before the deduction date.")
    public @NonNull ContributionBatchResultView runShanghaiContributionBatch(
            @Name("year") @Description("The contribution year, e.g. 2026") int year,
            @Name("runDate") @NonNull @Description("The business date of the run: the enrolments' payment date")
                    LocalDate runDate,
            @Name("networkId") @Id @Description("Only this network, if it qualifies; default: every network")
                    String networkId) {
        List<Long> only = networkId == null ? null : List.of(id(networkId, "networkId"));
        return ContributionBatchResultView.from(batch.run(caller.get(), year, runDate, only));
    }

    private static Set<PoolMode> modes(List<PoolMode> modes) {
        return modes == null || modes.isEmpty() ? EnumSet.noneOf(PoolMode.class) : EnumSet.copyOf(modes);
    }

    private static Long optionalId(String value) {
        return value == null ? null : id(value, "viewerId");
    }

    private static long id(String value, String field) {
        return Ids.parse(value, field);
    }
}
