package cn.yibao.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.query.SelectionQuery;

/**
 * Queries of the form {@code ... where x in :ids}, and their rows grouped by owner id. The ids are bound with
 * {@code setParameterList}: bound with {@code setParameter} (as Panache's {@code list("x in ?1",
 * ids)} does), Hibernate first tries to coerce the whole collection to one id and learns otherwise
 * from an exception, with its stack trace, on every query (4 % of the CPU of the mini-program
 * query under load).
 */
public final class IdLists {

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

    /** Rows by the owner id {@code key} gives, each owner's rows in the order read. */
    public static <T> Map<Long, List<T>> groupBy(List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> out = new HashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
