package cn.yibao.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class FamilyPoolLedgerRepository implements PanacheRepository<FamilyPoolLedgerEntryEntity> {

    /** A new entry group id (one per movement). */
    public long nextEntryGroup() {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT nextval('family_pool_entry_group_seq')")
                        .getSingleResult())
                .longValue();
    }

    public List<FamilyPoolLedgerEntryEntity> byIdempotencyKey(String key) {
        return list("idempotencyKey = ?1 order by id", key);
    }

    /** The pool-side entry of a contribution already paid for this person and year, if any. */
    public boolean contributionPaid(long beneficiaryId, int year) {
        return count(
                        "beneficiaryId = ?1 and contributionYear = ?2 and account = ?3",
                        beneficiaryId,
                        year,
                        PoolAccount.CONTRIBUTIONS_PAID)
                > 0;
    }

    /**
     * The founder-side entries (one per movement) of a network, newest first, before
     * {@code beforeGroup} (null = from the newest); {@code beneficiaryId} null = every beneficiary.
     */
    public List<FamilyPoolLedgerEntryEntity> statement(
            long networkId, Long beneficiaryId, Long beforeGroup, int limit) {
        StringBuilder q = new StringBuilder("networkId = :n and account = :a");
        var params = io.quarkus.panache.common.Parameters.with("n", networkId).and("a", PoolAccount.FOUNDER_HISTORICAL);
        if (beneficiaryId != null) {
            q.append(" and beneficiaryId = :b");
            params = params.and("b", beneficiaryId);
        }
        if (beforeGroup != null) {
            q.append(" and entryGroup < :g");
            params = params.and("g", beforeGroup);
        }
        q.append(" order by entryGroup desc");
        return find(q.toString(), params).page(0, limit).list();
    }

    public List<FamilyPoolLedgerEntryEntity> groups(Collection<Long> entryGroups) {
        return list("entryGroup in ?1 order by entryGroup desc, id", entryGroups);
    }
}
