package cn.yibao.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FamilyPoolNetworkRepository implements PanacheRepository<FamilyPoolNetworkEntity> {

    /** The network, its row locked (SELECT … FOR UPDATE) so membership and mode changes serialise. */
    public Optional<FamilyPoolNetworkEntity> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<FamilyPoolNetworkEntity> activeFoundedBy(long personId) {
        return find("founderId = ?1 and active = true", personId).firstResultOptional();
    }

    public List<FamilyPoolNetworkEntity> activeFoundedBy(Collection<Long> personIds) {
        return list("founderId in ?1 and active = true", personIds);
    }

    public List<FamilyPoolNetworkEntity> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }
}
