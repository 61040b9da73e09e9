package cn.yibao.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PersonRepository implements PanacheRepository<PersonEntity> {

    public Optional<PersonEntity> findByNationalIdHash(byte[] hash) {
        return find("nationalIdHash", hash).firstResultOptional();
    }

    public List<PersonEntity> byIds(Collection<Long> ids) {
        return IdLists.select(getEntityManager(), "from PersonEntity where id in :ids", PersonEntity.class, ids);
    }
}
