package cn.yibao.api.types;

import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.StudentStatus;
import io.smallrye.graphql.api.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ContributionQuoteInput")
@Description("A what-if: a person like this, with this history, paying on this date.")
public record ContributionQuoteInput(
        @NonNull String region,
        int year,
        @NonNull LocalDate birthDate,
        @NonNull LocalDate paymentDate,
        Residency residency,
        StudentStatus studentStatus,
        AssistanceStatus assistanceStatus,
        @Nullable @Description("Earlier years with resident insurance") List<@NonNull Integer> insuredYears,
        @Nullable @Description("Earlier years with employee insurance") List<@NonNull Integer> employeeYears,
        @Nullable @Description("Earlier insured years with no pooled-fund reimbursement")
                List<@NonNull Integer> zeroClaimYears,
        Integer backPaidYears) {}
