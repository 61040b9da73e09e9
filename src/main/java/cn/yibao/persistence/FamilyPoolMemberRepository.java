package cn.yibao.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FamilyPoolMemberRepository implements PanacheRepository<FamilyPoolMemberEntity> {

    /** Active members of the networks, in the order they joined. */
    public List<FamilyPoolMemberEntity> activeIn(Collection<Long> networkIds) {
        return list("networkId in ?1 and active = true order by networkId, id", networkIds);
    }

    public Optional<FamilyPoolMemberEntity> activeMembership(long personId) {
        return find("personId = ?1 and active = true", personId).firstResultOptional();
    }

    public List<FamilyPoolMemberEntity> activeMemberships(Collection<Long> personIds) {
        return list("personId in ?1 and active = true", personIds);
    }
}
