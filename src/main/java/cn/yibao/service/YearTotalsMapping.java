package cn.yibao.service;

import cn.yibao.persistence.YearTotalsEntity;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.Responsibility;

/** The year_totals row ↔ the core's {@link YearToDate}. */
final class YearTotalsMapping {

    private YearTotalsMapping() {}

    static YearToDate toCore(YearTotalsEntity t) {
        return YearToDate.EMPTY.toBuilder()
                .outpatientCost(t.outpatientCost)
                .programPaid(OutpatientProgram.GENERAL, t.programGeneral)
                .programPaid(OutpatientProgram.HYPERTENSION, t.programHypertension)
                .programPaid(OutpatientProgram.DIABETES, t.programDiabetes)
                .inpatientCost(t.inpatientCost)
                .deductibleLevel(t.deductibleLevel)
                .deductiblePaid(t.deductiblePaid)
                .admissions(HospitalLevel.COMMUNITY, t.admissionsCommunity)
                .admissions(HospitalLevel.LEVEL_1, t.admissionsLevel1)
                .admissions(HospitalLevel.LEVEL_2, t.admissionsLevel2)
                .admissions(HospitalLevel.LEVEL_3, t.admissionsLevel3)
                .admissions(HospitalLevel.PROVINCIAL, t.admissionsProvincial)
                .inpatientFundPaid(t.inpatientFundPaid)
                .ciBase(t.ciBase)
                .ciPaid(t.ciPaid)
                .supplementaryBase(Responsibility.R1, t.suppBaseR1)
                .supplementaryBase(Responsibility.R2, t.suppBaseR2)
                .supplementaryBase(Responsibility.R3, t.suppBaseR3)
                .supplementaryBase(Responsibility.R4, t.suppBaseR4)
                .supplementaryPaid(Responsibility.R1, t.suppPaidR1)
                .supplementaryPaid(Responsibility.R2, t.suppPaidR2)
                .supplementaryPaid(Responsibility.R3, t.suppPaidR3)
                .supplementaryPaid(Responsibility.R4, t.suppPaidR4)
                .basicPaid(t.basicPaid)
                .currentAccount(t.currentAccount)
                .selfPayCum(t.selfPayCum)
                .build();
    }

    static void apply(YearToDate y, YearTotalsEntity t) {
        t.outpatientCost = y.outpatientCost();
        t.programGeneral = y.programPaid(OutpatientProgram.GENERAL);
        t.programHypertension = y.programPaid(OutpatientProgram.HYPERTENSION);
        t.programDiabetes = y.programPaid(OutpatientProgram.DIABETES);
        t.inpatientCost = y.inpatientCost();
        t.deductibleLevel = y.deductibleLevel();
        t.deductiblePaid = y.deductiblePaid();
        t.admissionsCommunity = y.admissions(HospitalLevel.COMMUNITY);
        t.admissionsLevel1 = y.admissions(HospitalLevel.LEVEL_1);
        t.admissionsLevel2 = y.admissions(HospitalLevel.LEVEL_2);
        t.admissionsLevel3 = y.admissions(HospitalLevel.LEVEL_3);
        t.admissionsProvincial = y.admissions(HospitalLevel.PROVINCIAL);
        t.inpatientFundPaid = y.inpatientFundPaid();
        t.ciBase = y.ciBase();
        t.ciPaid = y.ciPaid();
        t.suppBaseR1 = y.supplementaryBase(Responsibility.R1);
        t.suppBaseR2 = y.supplementaryBase(Responsibility.R2);
        t.suppBaseR3 = y.supplementaryBase(Responsibility.R3);
        t.suppBaseR4 = y.supplementaryBase(Responsibility.R4);
        t.suppPaidR1 = y.supplementaryPaid(Responsibility.R1);
        t.suppPaidR2 = y.supplementaryPaid(Responsibility.R2);
        t.suppPaidR3 = y.supplementaryPaid(Responsibility.R3);
        t.suppPaidR4 = y.supplementaryPaid(Responsibility.R4);
        t.basicPaid = y.basicPaid();
        t.currentAccount = y.currentAccount();
        t.selfPayCum = y.selfPayCum();
    }
}
