package cn.yibao.persistence;

import cn.yibao.policy.model.Scheme;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepository<EnrollmentEntity> {

    public Optional<EnrollmentEntity> find(long personId, int year, Scheme scheme) {
        return find("personId = ?1 and year = ?2 and scheme = ?3", personId, year, scheme)
                .firstResultOptional();
    }

    public List<EnrollmentEntity> forPersons(Collection<Long> personIds) {
        return IdLists.select(
                getEntityManager(),
                "from EnrollmentEntity where personId in :ids order by personId, year, scheme",
                EnrollmentEntity.class,
                personIds);
    }

    public List<EnrollmentEntity> forPerson(long personId) {
        return list("personId = ?1 order by year, scheme", personId);
    }
}
