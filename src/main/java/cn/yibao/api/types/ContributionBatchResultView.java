package cn.yibao.api.types;

import cn.yibao.service.ShanghaiContributionBatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ShanghaiContributionBatchResult")
@Description("What a run of Shanghai's December contribution batch did (SPEC §2.7.3, §3.22). A re-run pays"
        + " nothing twice: members paid before count as alreadyEnrolled.")
public record ContributionBatchResultView(
        @Description("The contribution (policy) year") int year,
        @NonNull @Description("The run's business date: the enrolments' payment date") LocalDate runDate,
        @Description("Active Shanghai networks with PAY_CONTRIBUTION chosen by the deadline") int networks,
        @Description("Their active members") int members,
        @Description("Members enrolled now with payer FAMILY_POOL, paid from the founder's historical account")
                int paid,
        @Description("Members already enrolled or recorded for the year (by an earlier run or otherwise)")
                int alreadyEnrolled,
        @Description("Members insured as employees for the year: no resident contribution to pay") int employeeInsured,
        @Description("Members the rules refused (see refusals); nothing was stored for them") int refused,
        @NonNull @Description("The sum paid by this run") BigDecimal amountPaid,
        @NonNull List<@NonNull ContributionBatchRefusalView> refusals) {

    public static ContributionBatchResultView from(ShanghaiContributionBatch.Result r) {
        return new ContributionBatchResultView(
                r.year(),
                r.runDate(),
                r.networks(),
                r.members(),
                r.paid(),
                r.alreadyEnrolled(),
                r.employeeInsured(),
                r.refused(),
                r.amountPaid().yuan(),
                r.refusals().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> new ContributionBatchRefusalView(e.getKey().name(), e.getValue()))
                        .toList());
    }
}
