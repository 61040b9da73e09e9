package cn.yibao.api;

import cn.yibao.api.errors.TranslatePolicyErrors;
import cn.yibao.api.types.PolicyYearView;
import cn.yibao.policy.model.Scheme;
import cn.yibao.service.PolicyYearService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@TranslatePolicyErrors
public class PolicyResource {

    private final PolicyYearService policyYears;

    PolicyResource(PolicyYearService policyYears) {
        this.policyYears = policyYears;
    }

    @PermitAll
    @Query("policyYear")
    @Description(
            "A region's policy year; a year after the latest published one is a projection, null before the first.")
    public PolicyYearView policyYear(
            @Name("region") @NonNull String region, @Name("year") int year, @Name("scheme") @NonNull Scheme scheme) {
        var terms = policyYears.policyYearOrNull(region, year, scheme);
        return terms == null ? null : PolicyYearView.from(terms);
    }

    @PermitAll
    @Query("policyYears")
    @Description("Every published policy year.")
    public @NonNull List<@NonNull PolicyYearView> policyYears() {
        return policyYears.publishedYears().stream().map(PolicyYearView::from).toList();
    }
}
