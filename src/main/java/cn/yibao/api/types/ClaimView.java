package cn.yibao.api.types;

import cn.yibao.persistence.ClaimEntity;
import cn.yibao.persistence.ClaimLineEntity;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Claim")
@Description("A submitted claim and its adjudication.")
public record ClaimView(
        @Id @NonNull String id,
        @NonNull LocalDate serviceDate,
        @NonNull CareType careType,
        @NonNull HospitalLevel hospitalLevel,
        @NonNull BigDecimal totalCost,
        @Description("The policy year whose rules and totals the claim was adjudicated under") int policyYear,
        @NonNull AdjudicationView adjudication,
        @Ignore long personId) {

    /** {@code lines}: the claim's stored lines in order (empty when the query did not ask for them). */
    public static ClaimView from(ClaimEntity c, List<ClaimLineEntity> lines) {
        return new ClaimView(
                String.valueOf(c.id),
                c.serviceDate,
                c.careType,
                c.hospitalLevel,
                c.totalCost.yuan(),
                c.policyYear,
                AdjudicationView.from(c, lines),
                c.personId);
    }
}
