package cn.yibao.api.types;

import cn.yibao.policy.model.ResidentCategory;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CategoryContribution")
@Description("The yearly personal contribution of a resident category, and its fiscal subsidy.")
public record CategoryContributionView(
        @NonNull ResidentCategory category,
        @NonNull BigDecimal individualContribution,
        @Description("Null where not published") BigDecimal subsidy) {}
