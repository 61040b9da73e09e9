package cn.yibao.service;

import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.Coverage;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.PolicyYearTerms;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which enrollment covers a claim (SPEC §8 C1) and the core's view of the claimant. A claim belongs
 * to the enrollment whose benefit period holds its service date; without one it is adjudicated
 * under the year of its date with nothing paid by insurance (coverage.waiting / coverage.none).
 */
record ClaimSetup(PolicyYearTerms terms, Scheme scheme, int year, Coverage coverage, EnrollmentEntity enrollment) {

    static ClaimSetup of(
            PolicyCatalog catalog, PersonEntity person, List<EnrollmentEntity> enrollments, LocalDate date) {
        Optional<EnrollmentEntity> covering = enrollments.stream()
                .filter(e -> !date.isBefore(e.benefitsStart) && !date.isAfter(e.benefitsEnd))
                .min(Comparator.comparing((EnrollmentEntity e) -> e.scheme)); // RESIDENT before EMPLOYEE
        if (covering.isPresent()) {
            EnrollmentEntity e = covering.get();
            return new ClaimSetup(terms(catalog, e), e.scheme, e.year, Coverage.covered(), e);
        }
        Optional<EnrollmentEntity> waiting =
                enrollments.stream().filter(e -> e.year == date.getYear()).findFirst();
        if (waiting.isPresent()) {
            EnrollmentEntity e = waiting.get();
            return new ClaimSetup(
                    terms(catalog, e), e.scheme, e.year, Coverage.waiting(e.benefitsStart, e.benefitsEnd), e);
        }
        Scheme scheme = person.employment == EmploymentStatus.NONE ? Scheme.RESIDENT : Scheme.EMPLOYEE;
        Region region = Region.fromCode(person.region);
        if (!catalog.hasScheme(region, scheme)) {
            scheme = scheme == Scheme.RESIDENT ? Scheme.EMPLOYEE : Scheme.RESIDENT;
        }
        PolicyYearTerms terms = catalog.at(region, scheme, date.getYear());
        return new ClaimSetup(terms, scheme, date.getYear(), Coverage.none(null, null), null);
    }

    private static PolicyYearTerms terms(PolicyCatalog catalog, EnrollmentEntity e) {
        return catalog.at(Region.fromCode(e.region), e.scheme, e.year);
    }

    /** The benefit-table row and the accounts the rules need. */
    Claimant claimant(PersonEntity p) {
        BenefitGroup group;
        if (scheme == Scheme.EMPLOYEE) {
            group = p.employment == EmploymentStatus.RETIRED ? BenefitGroup.RETIRED : BenefitGroup.IN_SERVICE;
        } else {
            ResidentCategory c = enrollment == null ? null : enrollment.category;
            group = c == null || c == ResidentCategory.ADULT ? BenefitGroup.ADULT : BenefitGroup.MINOR_OR_STUDENT;
        }
        // SPEC §7: an employee's own historical account pays the remaining burden before any pool.
        Money historical = p.employment == EmploymentStatus.NONE ? Money.ZERO : p.historicalAccountBalance;
        return new Claimant(p.birthDate, group, p.assistanceStatus, false, historical);
    }

    static ClaimFacts facts(ClaimCommand c) {
        if (c.serviceDate() == null || c.careType() == null || c.hospitalLevel() == null) {
            throw PolicyException.badInput("input.claim", "serviceDate, careType and hospitalLevel are required");
        }
        Inputs.year(c.serviceDate().getYear());
        return new ClaimFacts(
                c.careType(),
                c.hospitalLevel(),
                c.location(),
                c.serviceDate(),
                Amounts.required(c.inScopeCost(), "inScopeCost"),
                Amounts.optional(c.preSelfPay(), "preSelfPay"),
                Amounts.optional(c.selfPaidCost(), "selfPaidCost"),
                Amounts.optional(c.specialDrugCost(), "specialDrugCost"),
                Amounts.optional(c.protonHeavyIonCost(), "protonHeavyIonCost"),
                Boolean.TRUE.equals(c.chronicDisease()),
                c.outpatientProgram(),
                null);
    }
}
