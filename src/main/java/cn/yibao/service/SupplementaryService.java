package cn.yibao.service;

import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.persistence.EnrollmentRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.SupplementaryEnrollmentEntity;
import cn.yibao.persistence.SupplementaryEnrollmentRepository;
import cn.yibao.policy.claim.supplementary.SupplementaryPremium;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.SupplementaryPolicy;
import cn.yibao.service.audit.AuditDetails;
import cn.yibao.service.audit.AuditTrail;
import cn.yibao.service.security.Access;
import cn.yibao.service.security.Caller;
import cn.yibao.service.security.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * 天一甬宁保 enrollments (SPEC §2.6, §3.10, §7, C12). A year before the product's first published
 * year is only a record of prior enrollment (no premium, no benefits) so continuity can be
 * established; a published year is a real enrollment for a person with Ningbo basic insurance.
 */
@ApplicationScoped
public class SupplementaryService {

    private final PolicyCatalog catalog;
    private final PersonService persons;
    private final EnrollmentRepository enrollments;
    private final SupplementaryEnrollmentRepository supplementary;
    private final AuditTrail audit;

    @Inject
    RateLimiter limits;

    SupplementaryService(
            PolicyCatalog catalog,
            PersonService persons,
            EnrollmentRepository enrollments,
            SupplementaryEnrollmentRepository supplementary,
            AuditTrail audit) {
        this.catalog = catalog;
        this.persons = persons;
        this.enrollments = enrollments;
        this.supplementary = supplementary;
        this.audit = audit;
    }

    @Transactional
    public PersonEntity enroll(Caller caller, long personId, int year, boolean preExistingCondition) {
        PersonEntity person = persons.get(personId);
        Access.actFor(caller, personId, Region.fromCode(person.region));
        limits.moneyMutation(caller);
        Inputs.year(year);
        int first = catalog.firstSupplementaryYear(Region.NINGBO).orElseThrow(() -> notPublished(year));
        if (supplementary.findByIdOptional(key(personId, year)).isPresent()) {
            throw new PolicyException(ErrorCode.CONFLICT, "supplementary.unique", "already enrolled for " + year);
        }
        SupplementaryEnrollmentEntity e = new SupplementaryEnrollmentEntity();
        e.personId = personId;
        e.year = year;
        e.preExisting = preExistingCondition;
        e.recordOnly = year < first;
        if (!e.recordOnly) {
            SupplementaryPolicy terms =
                    catalog.supplementary(Region.NINGBO, year).orElseThrow(() -> notPublished(year));
            EnrollmentEntity basic = ningboEnrollment(personId, year)
                    .orElseThrow(() -> new PolicyException(
                            ErrorCode.NOT_ELIGIBLE,
                            "supplementary.eligibility",
                            "天一甬宁保 needs Ningbo basic insurance for " + year + " (SPEC §2.6)"));
            e.premium = SupplementaryPremium.premium(terms, basic.scheme == Scheme.RESIDENT ? basic.category : null);
        }
        supplementary.persist(e);
        if (e.premium != null && e.premium.isPositive()) {
            audit.money(
                    "supplementary.premium",
                    AuditTrail.target("person", personId),
                    e.premium,
                    AuditDetails.of("personId", personId, "year", year));
        }
        return person;
    }

    /** Every person's years, in one query. */
    public java.util.Map<Long, List<SupplementaryEnrollmentEntity>> forPersons(
            Caller caller, java.util.Map<Long, Region> people) {
        people.forEach((id, region) -> Access.read(caller, id, region));
        java.util.Collection<Long> personIds = people.keySet();
        return supplementary.list("personId in ?1 order by personId, year", personIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(e -> e.personId));
    }

    private Optional<EnrollmentEntity> ningboEnrollment(long personId, int year) {
        return enrollments.forPerson(personId).stream()
                .filter(e -> e.year == year && Region.NINGBO.code().equals(e.region))
                .findFirst();
    }

    private static SupplementaryEnrollmentEntity.Key key(long personId, int year) {
        SupplementaryEnrollmentEntity.Key k = new SupplementaryEnrollmentEntity.Key();
        k.personId = personId;
        k.year = year;
        return k;
    }

    private static PolicyException notPublished(int year) {
        return new PolicyException(
                ErrorCode.POLICY_NOT_PUBLISHED, "supplementary.year", "天一甬宁保 terms for " + year + " are not published");
    }
}
