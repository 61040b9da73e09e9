package cn.yibao.policyfiles;

import cn.yibao.policy.common.Band;
import cn.yibao.policy.common.Bands;
import cn.yibao.policy.parameters.CriticalIllness;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.FamilyAid;
import cn.yibao.policy.parameters.Inpatient;
import cn.yibao.policy.parameters.Outpatient;
import cn.yibao.policy.parameters.ResidentPolicy;
import cn.yibao.policy.parameters.SupplementaryPolicy;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The parameter records the loader builds reflectively, kept in the native image. */
@RegisterForReflection(
        targets = {
            Band.class,
            Bands.class,
            ResidentPolicy.class,
            ResidentPolicy.Calendar.class,
            ResidentPolicy.CategoryAges.class,
            ResidentPolicy.EligibilityTerms.class,
            ResidentPolicy.Contribution.class,
            ResidentPolicy.Assistance.class,
            ResidentPolicy.Waiting.class,
            ResidentPolicy.Incentive.class,
            EmployeePolicy.class,
            EmployeePolicy.Contribution.class,
            EmployeePolicy.Rates.class,
            EmployeePolicy.AccountCredits.class,
            EmployeePolicy.Retirement.class,
            EmployeePolicy.RetirementTerms.class,
            EmployeePolicy.Coefficient.class,
            EmployeePolicy.BenefitStart.class,
            SupplementaryPolicy.class,
            SupplementaryPolicy.Terms.class,
            Outpatient.class,
            Outpatient.CumulativeLimit.class,
            Outpatient.Programmes.class,
            Outpatient.Programme.class,
            Outpatient.Segments.class,
            Inpatient.class,
            Inpatient.YearlyDeductible.class,
            Inpatient.PerAdmission.class,
            Inpatient.LevelTerms.class,
            CriticalIllness.class,
            CriticalIllness.ExcessBands.class,
            CriticalIllness.Terms.class,
            CriticalIllness.CompliantCostBands.class,
            FamilyAid.class,
            FamilyAid.Authorisation.class,
            FamilyAid.Network.class
        })
public final class PolicyReflectionConfig {
    private PolicyReflectionConfig() {}
}
