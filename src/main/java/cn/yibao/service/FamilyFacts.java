package cn.yibao.service;

import cn.yibao.persistence.FamilyPoolMemberEntity;
import cn.yibao.persistence.FamilyPoolMemberRepository;
import cn.yibao.persistence.FamilyPoolNetworkEntity;
import cn.yibao.persistence.FamilyPoolNetworkRepository;
import cn.yibao.persistence.InsuredYearEntity;
import cn.yibao.persistence.InsuredYearRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.PersonRepository;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.familyaid.FamilyAidModel;
import cn.yibao.policy.familyaid.FamilyAidTerms;
import cn.yibao.policy.familyaid.FamilyNetwork;
import cn.yibao.policy.familyaid.Member;
import cn.yibao.policy.familyaid.PersonFacts;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.PolicyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the family mutual-aid rules need, read from the database: the terms of a founder's region
 * for a business date, a person's {@link PersonFacts} and a stored network as a {@link FamilyNetwork}.
 *
 * <p>Where a person is insured in year Y: an EMPLOYEE year recorded for Y; else the registration
 * (employment EMPLOYED, FLEXIBLE or RETIRED = employee-insured in the registered region, as
 * PersonInput.region says); else a RESIDENT year recorded for Y; else the same for Y + 1 (an
 * enrolment already made for the coming year); else not insured. v1 records no suspended employee
 * accounts, so an employee's account is usable.
 */
@ApplicationScoped
class FamilyFacts {

    private static final Set<EmploymentStatus> EMPLOYEE_INSURED =
            Set.of(EmploymentStatus.EMPLOYED, EmploymentStatus.FLEXIBLE, EmploymentStatus.RETIRED);

    private final PolicyCatalog catalog;
    private final PersonRepository persons;
    private final InsuredYearRepository insuredYears;
    private final FamilyPoolNetworkRepository networks;
    private final FamilyPoolMemberRepository members;
    private final PersonService personService;

    FamilyFacts(
            PolicyCatalog catalog,
            PersonRepository persons,
            InsuredYearRepository insuredYears,
            FamilyPoolNetworkRepository networks,
            FamilyPoolMemberRepository members,
            PersonService personService) {
        this.catalog = catalog;
        this.persons = persons;
        this.insuredYears = insuredYears;
        this.networks = networks;
        this.members = members;
        this.personService = personService;
    }

    /**
     * The terms for an operation on {@code date} with {@code modes}: those of the date's year, else
     * of the coming year (rules for a policy year are announced and applied in the autumn before
     * it: Shanghai's network for 2026 in November 2025, Zhejiang's contribution bindings in the
     * December window), whichever first publishes what the modes need. If neither does, the
     * date's year (or the first that loads), so that the rules refuse with POLICY_NOT_PUBLISHED.
     */
    FamilyAidTerms termsAt(Region founderRegion, LocalDate date, Set<PoolMode> modes) {
        FamilyAidTerms fallback = null;
        PolicyException notPublished = null;
        for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
            FamilyAidTerms terms;
            try {
                terms = FamilyAidTerms.forFounder(catalog, founderRegion, year);
            } catch (PolicyException e) {
                if (e.code() != ErrorCode.POLICY_NOT_PUBLISHED) {
                    throw e;
                }
                notPublished = notPublished == null ? e : notPublished;
                continue;
            }
            if (publishes(terms, modes)) {
                return terms;
            }
            fallback = fallback == null ? terms : fallback;
        }
        if (fallback == null) {
            throw notPublished;
        }
        return fallback;
    }

    private static boolean publishes(FamilyAidTerms terms, Set<PoolMode> modes) {
        if (terms.model() == FamilyAidModel.NETWORK) {
            return terms.aid().network().isPublished();
        }
        for (PoolMode mode : modes) {
            if (!terms.authorisation(mode).isPublished()) {
                return false;
            }
        }
        return true;
    }

    FamilyAidTerms termsForYear(Region founderRegion, int year) {
        return FamilyAidTerms.forFounder(catalog, founderRegion, year);
    }

    PersonEntity person(long id) {
        return personService.get(id);
    }

    PersonEntity lockPerson(long id) {
        return personService.lock(id);
    }

    /** The active network each person belongs to, as founder or member (absent = none). */
    Map<Long, Long> currentNetworks(Collection<Long> personIds) {
        Map<Long, Long> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        for (FamilyPoolMemberEntity m : members.activeMemberships(personIds)) {
            out.put(m.personId, m.networkId);
        }
        for (FamilyPoolNetworkEntity n : networks.activeFoundedBy(personIds)) {
            out.put(n.founderId, n.id);
        }
        return out;
    }

    PersonFacts facts(PersonEntity p, int year) {
        return facts(List.of(p), year).get(p.id);
    }

    Map<Long, PersonFacts> facts(Collection<PersonEntity> people, int year) {
        List<Long> ids = people.stream().map(p -> p.id).toList();
        Map<Long, List<InsuredYearEntity>> rows = new HashMap<>();
        for (InsuredYearEntity y : insuredYears.list("personId in ?1 and year in ?2", ids, List.of(year, year + 1))) {
            rows.computeIfAbsent(y.personId, k -> new ArrayList<>()).add(y);
        }
        Map<Long, Long> networkOf = currentNetworks(ids);
        Map<Long, PersonFacts> out = new HashMap<>();
        for (PersonEntity p : people) {
            Insured where = insured(p, rows.getOrDefault(p.id, List.of()), year);
            Region region = where == null ? null : Region.fromCode(where.region());
            Scheme scheme = where == null ? null : where.scheme();
            Long network = networkOf.get(p.id);
            out.put(
                    p.id,
                    new PersonFacts(
                            String.valueOf(p.id),
                            region,
                            scheme,
                            p.historicalAccountBalance,
                            scheme == Scheme.EMPLOYEE,
                            network == null ? null : String.valueOf(network)));
        }
        return out;
    }

    /** The stored network with its active members, as the rules see it in {@code year}. */
    FamilyNetwork network(FamilyPoolNetworkEntity n, PersonEntity founder, int year) {
        List<FamilyPoolMemberEntity> rows = members.activeIn(List.of(n.id));
        Map<Long, PersonEntity> people = new HashMap<>();
        people.put(founder.id, founder);
        Set<Long> missing = new HashSet<>();
        for (FamilyPoolMemberEntity m : rows) {
            if (!people.containsKey(m.personId)) {
                missing.add(m.personId);
            }
        }
        if (!missing.isEmpty()) {
            for (PersonEntity p : persons.byIds(missing)) {
                people.put(p.id, p);
            }
        }
        Map<Long, PersonFacts> facts = facts(people.values(), year);
        List<Member> list = new ArrayList<>(rows.size());
        for (FamilyPoolMemberEntity m : rows) {
            list.add(new Member(facts.get(m.personId), m.relation));
        }
        return new FamilyNetwork(
                String.valueOf(n.id), n.model, facts.get(founder.id), n.modes(), n.contributionModeSince, list);
    }

    /** Where and in which scheme a person is insured. */
    private record Insured(Scheme scheme, String region) {}

    private static Insured insured(PersonEntity p, List<InsuredYearEntity> rows, int year) {
        Insured found = row(rows, year, Scheme.EMPLOYEE);
        if (found == null && EMPLOYEE_INSURED.contains(p.employment)) {
            found = new Insured(Scheme.EMPLOYEE, p.region);
        }
        if (found == null) {
            found = row(rows, year, Scheme.RESIDENT);
        }
        if (found == null) {
            found = row(rows, year + 1, Scheme.EMPLOYEE);
        }
        return found != null ? found : row(rows, year + 1, Scheme.RESIDENT);
    }

    private static Insured row(List<InsuredYearEntity> rows, int year, Scheme scheme) {
        for (InsuredYearEntity y : rows) {
            if (y.year == year && y.scheme == scheme) {
                return new Insured(y.scheme, y.region);
            }
        }
        return null;
    }
}
