package cn.yibao.service;

import cn.yibao.persistence.InsuredYearEntity;
import cn.yibao.persistence.InsuredYearRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.PersonRepository;
import cn.yibao.persistence.PersonYearKey;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.person.NationalId;
import cn.yibao.service.identity.NationalIdVault;
import cn.yibao.service.security.Access;
import cn.yibao.service.security.Caller;
import cn.yibao.service.security.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Registering persons and importing their insurance history. */
@ApplicationScoped
public class PersonService {

    private final PersonRepository persons;
    private final InsuredYearRepository insuredYears;
    private final NationalIdVault vault;

    @Inject
    RateLimiter limits;

    PersonService(PersonRepository persons, InsuredYearRepository insuredYears, NationalIdVault vault) {
        this.persons = persons;
        this.insuredYears = insuredYears;
        this.vault = vault;
    }

    @Transactional
    public PersonEntity register(Caller caller, NewPerson p) {
        Access.officerOf(caller, Inputs.region(p.region()));
        limits.idLookup(caller);
        String name = p.name() == null ? "" : p.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw PolicyException.badInput("input.name", "name must have 1 to 100 characters");
        }
        NationalId id = NationalId.parse(p.nationalId());
        Inputs.region(p.region());
        if (p.residency() == null) {
            throw PolicyException.badInput("input.residency", "residency is required");
        }
        byte[] hash = vault.lookupHash(id);
        if (persons.findByNationalIdHash(hash).isPresent()) {
            throw new PolicyException(
                    ErrorCode.CONFLICT, "person.unique", "a person with this national ID is registered");
        }
        PersonEntity e = new PersonEntity();
        e.name = name;
        e.nationalIdEncrypted = vault.encrypt(id);
        e.nationalIdHash = hash;
        e.nationalIdMasked = id.masked();
        e.birthDate = id.birthDate();
        e.male = id.male();
        e.region = Inputs.region(p.region()).code();
        e.residency = p.residency();
        e.studentStatus = p.studentStatus() == null ? StudentStatus.NONE : p.studentStatus();
        e.assistanceStatus = p.assistanceStatus() == null ? AssistanceStatus.NONE : p.assistanceStatus();
        e.employment = p.employment() == null ? EmploymentStatus.NONE : p.employment();
        e.monthlyContributionBase = p.monthlyContributionBase();
        e.historicalAccountBalance = p.historicalAccountBalance() == null ? Money.ZERO : p.historicalAccountBalance();
        persons.persist(e);
        return e;
    }

    /** Imports years insured before this system; a year written by an enrollment is never overwritten. */
    @Transactional
    public PersonEntity recordInsuranceHistory(Caller caller, long personId, List<HistoryYear> years) {
        PersonEntity person = get(personId);
        Access.officerOf(caller, Region.fromCode(person.region));
        Set<String> seen = new HashSet<>();
        for (HistoryYear y : years) {
            Inputs.year(y.year());
            Inputs.region(y.region());
            if (y.scheme() == null) {
                throw PolicyException.badInput("input.history", "scheme is required for year " + y.year());
            }
            if (!seen.add(y.year() + "/" + y.scheme())) {
                throw PolicyException.badInput("input.history", "year " + y.year() + " " + y.scheme() + " given twice");
            }
        }
        for (HistoryYear y : years) {
            InsuredYearEntity row = insuredYears
                    .findByIdOptional(new PersonYearKey(personId, y.year(), y.scheme()))
                    .orElseGet(InsuredYearEntity::new);
            if ("ENROLLMENT".equals(row.origin)) {
                throw new PolicyException(
                        ErrorCode.CONFLICT, "input.history", "year " + y.year() + " is recorded by an enrollment here");
            }
            boolean isNew = row.personId == null;
            row.personId = personId;
            row.year = y.year();
            row.scheme = y.scheme();
            row.region = Inputs.region(y.region()).code();
            row.fundReimbursed = y.fundReimbursed();
            row.paidInWindow = true;
            row.origin = "IMPORTED";
            if (isNew) {
                insuredYears.persist(row);
            }
        }
        return person;
    }

    /** The person's row locked (SELECT … FOR UPDATE): a person's enrolments and claims serialise on it. */
    /**
     * The person's row locked (SELECT … FOR UPDATE) and re-read, so it is fresh even if this
     * transaction read it before; lock before changing it (a refresh drops unsaved changes).
     */
    public PersonEntity lock(long id) {
        PersonEntity p = get(id);
        persons.getEntityManager().refresh(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }

    public PersonEntity get(long id) {
        return persons.findByIdOptional(id)
                .orElseThrow(() -> new PolicyException(ErrorCode.NOT_FOUND, "person.id", "no person " + id));
    }
}
