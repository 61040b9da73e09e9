package cn.yibao.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.hibernate.query.SelectionQuery;

/**
 * Queries of the form {@code ... where x in :ids}. The ids are bound with
 * {@code setParameterList}: bound with {@code setParameter} (as Panache's {@code list("x in ?1",
 * ids)} does), Hibernate first tries to coerce the whole collection to one id and learns otherwise
 * from an exception, with its stack trace, on every query (4 % of the CPU of the mini-program
 * query under load).
 */
final class IdLists {

    private IdLists() {}

    /** {@code hql} names the collection parameter {@code :ids}. */
    static <T> List<T> select(EntityManager em, String hql, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        SelectionQuery<T> query = em.createQuery(hql, type).unwrap(SelectionQuery.class);
        return query.setParameterList("ids", ids, Long.class).getResultList();
    }
}
