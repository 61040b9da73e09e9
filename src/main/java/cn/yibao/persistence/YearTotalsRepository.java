package cn.yibao.persistence;

import cn.yibao.policy.model.Scheme;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class YearTotalsRepository implements PanacheRepositoryBase<YearTotalsEntity, PersonYearKey> {

    /** The row locked for update (SELECT … FOR UPDATE), so one person's claims are adjudicated one at a time. */
    public Optional<YearTotalsEntity> lockFor(long personId, int year, Scheme scheme) {
        return findByIdOptional(new PersonYearKey(personId, year, scheme), LockModeType.PESSIMISTIC_WRITE);
    }

    /** The row locked, created empty if the year has none yet (callers hold the person's lock). */
    public YearTotalsEntity lockOrCreate(long personId, int year, Scheme scheme) {
        return lockFor(personId, year, scheme).orElseGet(() -> {
            YearTotalsEntity t = new YearTotalsEntity();
            t.personId = personId;
            t.year = year;
            t.scheme = scheme;
            persist(t);
            return t;
        });
    }

    public Optional<YearTotalsEntity> read(long personId, int year, Scheme scheme) {
        return findByIdOptional(new PersonYearKey(personId, year, scheme));
    }
}
