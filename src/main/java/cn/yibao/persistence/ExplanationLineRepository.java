package cn.yibao.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/** Explanation lines of enrollments and claims, loaded for many owners in one query. */
@ApplicationScoped
public class ExplanationLineRepository {

    private final EntityManager em;

    ExplanationLineRepository(EntityManager em) {
        this.em = em;
    }

    public List<EnrollmentLineEntity> enrollmentLines(Collection<Long> enrollmentIds) {
        return IdLists.select(
                em,
                "from EnrollmentLineEntity where ownerId in :ids order by ownerId, seq",
                EnrollmentLineEntity.class,
                enrollmentIds);
    }

    public List<ClaimLineEntity> claimLines(Collection<Long> claimIds) {
        return IdLists.select(
                em,
                "from ClaimLineEntity where ownerId in :ids order by ownerId, seq",
                ClaimLineEntity.class,
                claimIds);
    }

    public void persist(Object line) {
        em.persist(line);
    }
}
