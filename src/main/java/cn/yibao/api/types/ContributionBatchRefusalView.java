package cn.yibao.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ContributionBatchRefusal")
@Description("How many members of a batch run were refused with an error code (e.g. NOT_ELIGIBLE for a category"
        + " the pool does not pay, INSUFFICIENT_FUNDS for a fund not greater than the contribution).")
public record ContributionBatchRefusalView(@NonNull String code, int count) {}
