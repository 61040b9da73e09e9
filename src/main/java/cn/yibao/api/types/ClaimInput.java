package cn.yibao.api.types;

import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.ServiceLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClaimInput")
@Description(
        "A hospital bill to adjudicate (submitClaim) or estimate (estimateClaim). Amounts in yuan, ≥ 0, two decimals at most.")
public record ClaimInput(
        @Id @NonNull String personId,
        @NonNull @Description("Admission date for inpatient care") LocalDate serviceDate,
        @NonNull CareType careType,
        @NonNull HospitalLevel hospitalLevel,
        ServiceLocation location,
        @NonNull @Description("政策范围内费用, including the class-B pre-self-pay") BigDecimal inScopeCost,
        @Description("乙类先行自付") BigDecimal preSelfPay,
        @Description("自费, outside the catalogue") BigDecimal selfPaidCost,
        @Description("门诊慢性病 at a primary-level institution") Boolean chronicDisease,
        OutpatientProgram outpatientProgram,
        @Description("恶性肿瘤处方外配自费药品 / 特定罕见病药品") BigDecimal specialDrugCost,
        BigDecimal protonHeavyIonCost,
        String idempotencyKey) {}
