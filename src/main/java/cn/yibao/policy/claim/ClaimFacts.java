package cn.yibao.policy.claim;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.ServiceLocation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One claim's cost model (SPEC §3.0.2): I in-scope cost including the class-B pre-self-pay P,
 * S self-paid outside the catalogues, X3 special drugs, X4 proton / heavy-ion therapy.
 * {@code specialDrugCompliant} is the part of the CI compliant cost caused by 特殊药品 (P24, default 0).
 */
public record ClaimFacts(
        CareType careType,
        HospitalLevel level,
        ServiceLocation location,
        LocalDate serviceDate,
        Money inScopeCost,
        Money preSelfPay,
        Money selfPaidCost,
        Money specialDrugCost,
        Money protonHeavyIonCost,
        boolean chronicDisease,
        @Nullable OutpatientProgram program,
        Money specialDrugCompliant) {

    public ClaimFacts {
        Objects.requireNonNull(careType, "careType");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(serviceDate, "serviceDate");
        location = location == null ? ServiceLocation.LOCAL : location;
        preSelfPay = orZero(preSelfPay);
        selfPaidCost = orZero(selfPaidCost);
        specialDrugCost = orZero(specialDrugCost);
        protonHeavyIonCost = orZero(protonHeavyIonCost);
        specialDrugCompliant = orZero(specialDrugCompliant);
        Objects.requireNonNull(inScopeCost, "inScopeCost");
        for (Money m : new Money[] {inScopeCost, preSelfPay, selfPaidCost, specialDrugCost, protonHeavyIonCost}) {
            if (m.isNegative()) {
                throw PolicyException.badInput("claim.amounts", "claim amounts must not be negative");
            }
        }
        if (preSelfPay.isGreaterThan(inScopeCost)) {
            throw PolicyException.badInput("claim.pre-self-pay", "preSelfPay must not exceed inScopeCost (SPEC P3)");
        }
        if (careType == CareType.FAMILY_SICKBED && level != HospitalLevel.COMMUNITY) {
            throw PolicyException.badInput(
                    "claim.family-sickbed-level", "a family sickbed is set up at a COMMUNITY institution (SPEC §8 C3)");
        }
    }

    /** A claim with only an in-scope cost, for tests and simple callers. */
    public static ClaimFacts simple(CareType careType, HospitalLevel level, LocalDate serviceDate, Money inScopeCost) {
        return new ClaimFacts(
                careType,
                level,
                ServiceLocation.LOCAL,
                serviceDate,
                inScopeCost,
                null,
                null,
                null,
                null,
                false,
                null,
                null);
    }

    /** E = I − P, the base of every deductible, ratio and segment of basic insurance (P3). */
    public Money eligible() {
        return inScopeCost.minus(preSelfPay);
    }

    /** T = I + S + X3 + X4. */
    public Money totalCost() {
        return inScopeCost.plus(selfPaidCost).plus(specialDrugCost).plus(protonHeavyIonCost);
    }

    public boolean inpatientLike() {
        return careType != CareType.OUTPATIENT;
    }

    private static Money orZero(Money m) {
        return m == null ? Money.ZERO : m;
    }
}
