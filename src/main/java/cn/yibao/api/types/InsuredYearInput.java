package cn.yibao.api.types;

import cn.yibao.policy.model.Scheme;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InsuredYearInput")
@Description("A year insured before this system (from the legacy platform).")
public record InsuredYearInput(
        int year,
        @NonNull String region,
        @NonNull Scheme scheme,
        @Description("Pooled-fund reimbursement that year; 0 = a zero-claim year; null = unknown")
                BigDecimal fundReimbursed) {}
