package cn.yibao.policy.claim;

import cn.yibao.policy.claim.supplementary.SupplementaryEnrolment;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ServiceLocation;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.ResidentPolicy;
import cn.yibao.policy.parameters.SupplementaryPolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;

/** The published parameter sets and small builders shared by the adjudication tests. */
public final class Fixtures {

    public static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();
    public static final ResidentPolicy HUAIHUA_2026 = CATALOG.resident(Region.HUAIHUA, 2026);
    public static final ResidentPolicy NINGBO_RESIDENT_2025 = CATALOG.resident(Region.NINGBO, 2025);
    public static final ResidentPolicy NINGBO_RESIDENT_2026 = CATALOG.resident(Region.NINGBO, 2026);
    public static final EmployeePolicy NINGBO_EMPLOYEE_2023 = CATALOG.employee(Region.NINGBO, 2023);
    public static final SupplementaryPolicy TIANYI_2025 =
            CATALOG.supplementary(Region.NINGBO, 2025).orElseThrow();

    private Fixtures() {}

    public static Claimant adult(AssistanceStatus assistance) {
        return new Claimant(LocalDate.of(1980, 5, 1), BenefitGroup.ADULT, assistance, false, Money.ZERO);
    }

    public static Claimant employee(BenefitGroup group, String historicalBalance) {
        return new Claimant(LocalDate.of(1983, 2, 1), group, AssistanceStatus.NONE, false, Money.of(historicalBalance));
    }

    public static SupplementaryEnrolment tianyi(boolean preExisting, boolean continuous) {
        return new SupplementaryEnrolment(TIANYI_2025, preExisting, continuous);
    }

    /** A claim with I, P and S; no special drugs or proton therapy. */
    public static ClaimFacts claim(
            CareType care, HospitalLevel level, ServiceLocation location, String date, String i, String p, String s) {
        return new ClaimFacts(
                care,
                level,
                location,
                LocalDate.parse(date),
                Money.of(i),
                Money.of(p),
                Money.of(s),
                null,
                null,
                false,
                null,
                null);
    }

    public static ClaimFacts inpatient(HospitalLevel level, String date, String inScope) {
        return claim(CareType.INPATIENT, level, ServiceLocation.LOCAL, date, inScope, "0", "0");
    }
}
