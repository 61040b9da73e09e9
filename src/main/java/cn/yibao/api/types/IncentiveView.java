package cn.yibao.api.types;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Incentive")
@Description("Critical-illness cap increments for continuous enrolment and zero-claim years (0 where not published).")
public record IncentiveView(
        @NonNull BigDecimal continuousIncrement,
        @NonNull BigDecimal zeroClaimIncrement,
        @NonNull @Description("After the 20 % limit where it can be computed") BigDecimal total,
        @Description("The year's critical-illness cap with the increments; null where not computable")
                BigDecimal effectiveCriticalIllnessCap) {}
