package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ServiceLocation;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.ResidentPolicy;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import java.util.List;

/** Shared fixtures: the published parameter files (loaded once) and compact claim builders. */
final class Claims {

    static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();
    static final ResidentPolicy NINGBO_2026 = CATALOG.resident(Region.NINGBO, 2026);
    static final ResidentPolicy HUAIHUA_2026 = CATALOG.resident(Region.HUAIHUA, 2026);
    static final ResidentPolicy SHANGHAI_2026 = CATALOG.resident(Region.SHANGHAI, 2026);
    static final EmployeePolicy NINGBO_EMPLOYEE_2023 = CATALOG.employee(Region.NINGBO, 2023);

    static final Claimant RESIDENT_ADULT = claimant(LocalDate.of(1980, 1, 1), BenefitGroup.ADULT);
    /** Chen of E5/E6: in service, age 40 throughout 2023. */
    static final Claimant EMPLOYEE_40 = claimant(LocalDate.of(1983, 1, 1), BenefitGroup.IN_SERVICE);

    private Claims() {}

    static Claimant claimant(LocalDate birth, BenefitGroup group) {
        return new Claimant(birth, group, null, false, null);
    }

    static Money m(String yuan) {
        return Money.of(yuan);
    }

    static ClaimFacts claim(CareType type, HospitalLevel level, String date, String inScope) {
        return ClaimFacts.simple(type, level, LocalDate.parse(date), m(inScope));
    }

    static ClaimFacts outpatient(
            HospitalLevel level, String date, String e, boolean chronic, OutpatientProgram program) {
        return new ClaimFacts(
                CareType.OUTPATIENT,
                level,
                null,
                LocalDate.parse(date),
                m(e),
                null,
                null,
                null,
                null,
                chronic,
                program,
                null);
    }

    static ClaimFacts withLocation(ClaimFacts c, ServiceLocation location) {
        return new ClaimFacts(
                c.careType(),
                c.level(),
                location,
                c.serviceDate(),
                c.inScopeCost(),
                c.preSelfPay(),
                c.selfPaidCost(),
                c.specialDrugCost(),
                c.protonHeavyIonCost(),
                c.chronicDisease(),
                c.program(),
                c.specialDrugCompliant());
    }

    static ClaimFacts withPreSelfPay(ClaimFacts c, String preSelfPay) {
        return new ClaimFacts(
                c.careType(),
                c.level(),
                c.location(),
                c.serviceDate(),
                c.inScopeCost(),
                m(preSelfPay),
                c.selfPaidCost(),
                c.specialDrugCost(),
                c.protonHeavyIonCost(),
                c.chronicDisease(),
                c.program(),
                c.specialDrugCompliant());
    }

    static List<String> rules(BasicResult r) {
        return r.lines().stream().map(Explanation::rule).toList();
    }

    static Explanation line(BasicResult r, String rule) {
        return r.lines().stream().filter(l -> l.rule().equals(rule)).findFirst().orElseThrow();
    }
}
