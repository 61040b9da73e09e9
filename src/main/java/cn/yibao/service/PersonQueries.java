package cn.yibao.service;

import cn.yibao.persistence.ClaimEntity;
import cn.yibao.persistence.ClaimLineEntity;
import cn.yibao.persistence.ClaimRepository;
import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.persistence.EnrollmentLineEntity;
import cn.yibao.persistence.EnrollmentRepository;
import cn.yibao.persistence.ExplanationLineRepository;
import cn.yibao.persistence.IdLists;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.PersonListsReader;
import cn.yibao.persistence.PersonListsReader.Include;
import cn.yibao.persistence.PersonListsReader.PersonRead;
import cn.yibao.persistence.PersonRepository;
import cn.yibao.policy.model.Region;
import cn.yibao.service.audit.AuditTrail;
import cn.yibao.service.security.Access;
import cn.yibao.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads for the API, each one query whatever the number of owners (so a list of 50 persons with
 * their enrollments and claims costs a constant number of statements, never one per person). The
 * top-level reads (a person, a page of persons, a claim) leave one audit record of the persons read
 * ({@link AuditTrail#personsRead}); the batched lists under them are the same request's persons.
 */
@ApplicationScoped
public class PersonQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final PersonRepository persons;
    private final EnrollmentRepository enrollments;
    private final ClaimRepository claims;
    private final ExplanationLineRepository lines;
    private final AuditTrail audit;
    private final PersonListsReader reader;

    PersonQueries(
            PersonRepository persons,
            EnrollmentRepository enrollments,
            ClaimRepository claims,
            ExplanationLineRepository lines,
            AuditTrail audit,
            PersonListsReader reader) {
        this.reader = reader;
        this.persons = persons;
        this.enrollments = enrollments;
        this.claims = claims;
        this.lines = lines;
        this.audit = audit;
    }

    /**
     * A person by id with the lists {@code include} names, read in one round trip; the read is
     * audited (unless a citizen reads itself), as are page and claim.
     */
    public Optional<PersonRead> person(Caller caller, String id, Include include) {
        Access.signedIn(caller);
        Long key = Ids.parseOrNull(id);
        Optional<PersonRead> read = key == null ? Optional.empty() : reader.read(key, include);
        read.ifPresent(r -> {
            PersonEntity x = r.person();
            Access.read(caller, x.id, Region.fromCode(x.region));
            audit.personsRead(caller, List.of(x.id), "query:person");
        });
        return read;
    }

    public Map<Long, PersonEntity> persons(Caller caller, Collection<Long> ids) {
        Map<Long, PersonEntity> found = index(persons.byIds(ids), p -> p.id);
        found.values().forEach(x -> Access.read(caller, x.id, Region.fromCode(x.region)));
        return found;
    }

    /**
     * Persons of a region by ascending id after {@code afterId} (keyset pagination; one more than
     * {@code first}, to tell whether a next page exists), with the lists {@code include} names for
     * the first {@code first}: one round trip.
     */
    public List<PersonRead> page(Caller caller, String region, int first, Long afterId, Include include) {
        Access.listRegion(caller, Inputs.region(region));
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw cn.yibao.policy.common.PolicyException.badInput(
                    "input.page", "first must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<PersonRead> rows =
                reader.page(region.trim().toLowerCase(), afterId == null ? 0L : afterId, first + 1, first, include);
        audit.personsRead(
                caller,
                rows.subList(0, Math.min(first, rows.size())).stream()
                        .map(r -> r.person().id)
                        .toList(),
                "query:persons");
        return rows;
    }

    /** Each person's enrollments; {@code people}: person id → region, from rows already read. */
    public Map<Long, List<EnrollmentEntity>> enrollments(Caller caller, Map<Long, Region> people) {
        people.forEach((id, region) -> Access.read(caller, id, region));
        return IdLists.groupBy(enrollments.forPersons(people.keySet()), e -> e.personId);
    }

    public Optional<ClaimEntity> claim(Caller caller, String id) {
        Access.signedIn(caller);
        Long key = Ids.parseOrNull(id);
        Optional<ClaimEntity> c = key == null ? Optional.empty() : claims.findByIdOptional(key);
        c.ifPresent(x -> {
            PersonEntity p = persons.findById(x.personId);
            Access.read(caller, p.id, Region.fromCode(p.region));
            audit.personsRead(caller, List.of(x.personId), "query:claim");
        });
        return c;
    }

    /** Each person's claims; {@code people}: person id → region, from rows already read. */
    public Map<Long, List<ClaimEntity>> claims(Caller caller, Map<Long, Region> people) {
        people.forEach((id, region) -> Access.read(caller, id, region));
        return IdLists.groupBy(claims.forPersons(people.keySet()), c -> c.personId);
    }

    public Map<Long, List<EnrollmentLineEntity>> enrollmentLines(Collection<Long> enrollmentIds) {
        return IdLists.groupBy(lines.enrollmentLines(enrollmentIds), l -> l.ownerId);
    }

    public Map<Long, List<ClaimLineEntity>> claimLines(Collection<Long> claimIds) {
        return IdLists.groupBy(lines.claimLines(claimIds), l -> l.ownerId);
    }

    private static <T> Map<Long, T> index(List<T> rows, Function<T, Long> key) {
        Map<Long, T> out = new LinkedHashMap<>();
        for (T row : rows) {
            out.put(key.apply(row), row);
        }
        return out;
    }
}
