package cn.yibao.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class InsuredYearRepository implements PanacheRepositoryBase<InsuredYearEntity, PersonYearKey> {

    public List<InsuredYearEntity> forPerson(long personId) {
        return list("personId", personId);
    }
}
