package cn.yibao.api;

import cn.yibao.api.audit.Audited;
import cn.yibao.api.errors.TranslatePolicyErrors;
import cn.yibao.api.graphql.LookAhead;
import cn.yibao.api.security.Roles;
import cn.yibao.api.types.AdjudicationView;
import cn.yibao.api.types.ClaimInput;
import cn.yibao.api.types.ClaimView;
import cn.yibao.api.types.PersonView;
import cn.yibao.persistence.ClaimEntity;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.service.ClaimCommand;
import cn.yibao.service.ClaimService;
import cn.yibao.service.PersonQueries;
import cn.yibao.service.security.CurrentCaller;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatePolicyErrors
@Audited
public class ClaimResource {

    private final CurrentCaller caller;
    private final ClaimService claims;
    private final PersonQueries queries;
    private final Context context;

    ClaimResource(CurrentCaller caller, ClaimService claims, PersonQueries queries, Context context) {
        this.caller = caller;
        this.claims = claims;
        this.queries = queries;
        this.context = context;
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Query("claim")
    @Description("A claim by id; null when there is none.")
    public ClaimView claim(@Name("id") @Id @NonNull String id) {
        return queries.claim(caller.get(), id).map(this::withLines).orElse(null);
    }

    @RolesAllowed(Roles.OFFICER)
    @Mutation("submitClaim")
    @Description("Adjudicates a claim against the person's year-to-date totals and stores it.")
    public @NonNull ClaimView submitClaim(@Name("input") @NonNull ClaimInput in) {
        return withLines(claims.submit(caller.get(), command(in)));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Query("estimateClaim")
    @Description("What-if, nothing stored: a pre-visit estimate against the person's year-to-date position.")
    public @NonNull AdjudicationView estimateClaim(@Name("input") @NonNull ClaimInput in) {
        return AdjudicationView.from(claims.estimate(caller.get(), command(in)));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Name("person")
    public @NonNull List<@NonNull PersonView> person(@Source List<ClaimView> list) {
        Map<Long, PersonEntity> byId = queries.persons(
                caller.get(), list.stream().map(ClaimView::personId).distinct().toList());
        return list.stream().map(c -> PersonView.from(byId.get(c.personId()))).toList();
    }

    /** The claim's view, with its stored lines when the query selects them (one more statement). */
    private ClaimView withLines(ClaimEntity c) {
        boolean asked = LookAhead.qualifiedNames(context.unwrap(DataFetchingEnvironment.class))
                .contains(PersonResource.CLAIM_LINES);
        return ClaimView.from(c, asked ? queries.claimLines(List.of(c.id)).getOrDefault(c.id, List.of()) : List.of());
    }

    private static ClaimCommand command(ClaimInput in) {
        return new ClaimCommand(
                in.personId(),
                in.serviceDate(),
                in.careType(),
                in.hospitalLevel(),
                in.location(),
                in.inScopeCost(),
                in.preSelfPay(),
                in.selfPaidCost(),
                in.chronicDisease(),
                in.outpatientProgram(),
                in.specialDrugCost(),
                in.protonHeavyIonCost(),
                in.idempotencyKey());
    }
}
