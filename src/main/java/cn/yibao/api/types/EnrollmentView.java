package cn.yibao.api.types;

import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Enrollment")
@Description("A person's enrollment for one policy year: amount due, waiting period, benefit dates, incentives.")
public record EnrollmentView(
        @Id @NonNull String id,
        ResidentCategory category,
        @NonNull BigDecimal amountDue,
        @NonNull Payer payer,
        @NonNull PaymentChannel paymentChannel,
        @NonNull LocalDate paymentDate,
        boolean inEnrollmentWindow,
        @NonNull WaitingPeriodView waitingPeriod,
        @NonNull LocalDate benefitsStart,
        @NonNull LocalDate benefitsEnd,
        int continuousYears,
        @NonNull IncentiveView incentive,
        @Description("True when the policy year is a projection of the latest published one") boolean projected,
        @NonNull PolicyYearView policyYear,
        @Ignore long personId,
        @Ignore String region,
        @Ignore int year,
        @Ignore Scheme scheme) {

    /** {@code policyYear}: the terms the enrollment was computed under (a plain field, not a resolver). */
    public static EnrollmentView from(EnrollmentEntity e, PolicyYearView policyYear) {
        return new EnrollmentView(
                String.valueOf(e.id),
                e.category,
                e.amountDue.yuan(),
                e.payer,
                e.paymentChannel,
                e.paymentDate,
                e.inEnrollmentWindow,
                WaitingPeriodView.of(e.fixedMonths, e.variableMonths),
                e.benefitsStart,
                e.benefitsEnd,
                e.continuousYears,
                new IncentiveView(
                        e.continuousIncrement.yuan(),
                        e.zeroClaimIncrement.yuan(),
                        e.incentiveTotal.yuan(),
                        e.effectiveCiCap == null ? null : e.effectiveCiCap.yuan()),
                e.projected,
                policyYear,
                e.personId,
                e.region,
                e.year,
                e.scheme);
    }
}
