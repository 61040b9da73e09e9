package cn.yibao.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<ClaimEntity> {

    public List<ClaimEntity> forPersons(Collection<Long> personIds) {
        return IdLists.select(
                getEntityManager(),
                "from ClaimEntity where personId in :ids order by personId, serviceDate, id",
                ClaimEntity.class,
                personIds);
    }
}
