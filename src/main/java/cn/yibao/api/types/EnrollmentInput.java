package cn.yibao.api.types;

import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.Scheme;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EnrollmentInput")
@Description("Enroll a person for a policy year; the payment date is the business date of every rule.")
public record EnrollmentInput(
        @Id @NonNull String personId,
        @NonNull String region,
        int year,
        @Description("Default RESIDENT; EMPLOYEE for insured employees, retirees, flexible workers") Scheme scheme,
        @NonNull LocalDate paymentDate,
        Payer payer,
        @Id String familyPoolNetworkId,
        @Description("Years back-paid to repair the variable waiting period") Integer backPaidYears,
        @Description("A retry with the same key returns the first result and stores nothing new")
                String idempotencyKey) {}
