package cn.yibao.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class SupplementaryEnrollmentRepository
        implements PanacheRepositoryBase<SupplementaryEnrollmentEntity, SupplementaryEnrollmentEntity.Key> {

    public List<SupplementaryEnrollmentEntity> forPerson(long personId) {
        return list("personId", personId);
    }
}
