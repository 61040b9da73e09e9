package cn.yibao.api.types;

import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.StudentStatus;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PersonInput")
@Description("A person to register; birth date and sex are read from the national ID.")
public record PersonInput(
        @NonNull String name,
        @NonNull @Description("18-character national ID (GB 11643); never returned in full") String nationalId,
        @NonNull @Description("Region code: ningbo, huaihua, shanghai, or another known city such as hangzhou")
                String region,
        @NonNull Residency residency,
        StudentStatus studentStatus,
        AssistanceStatus assistanceStatus,
        EmploymentStatus employment,
        @Description("Employees: last year's average monthly wage") BigDecimal monthlyContributionBase,
        @Description("Employees: 历年账户 balance carried in") BigDecimal historicalAccountBalance) {}
