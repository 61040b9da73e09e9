package cn.yibao.service;

import cn.yibao.persistence.FamilyPoolLedgerEntryEntity;
import cn.yibao.persistence.FamilyPoolLedgerRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.PoolAccount;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.service.audit.AuditDetails;
import cn.yibao.service.audit.AuditTrail;
import cn.yibao.service.metrics.ServiceMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes the family-pool ledger: one movement = two entries summing to zero (the founder's
 * historical account against the account paid), and the founder's balance debited in the same
 * transaction. Callers hold the founder's row lock. Idempotency keys live in the ledger itself
 * (namespaced, so an enrolment or claim may pass its own key through without clashing with the
 * shared idempotency table).
 */
@ApplicationScoped
class PoolLedger {

    /** A movement to record; {@code amount} > 0 is what leaves the founder's account. */
    record Movement(
            long networkId,
            PersonEntity founder,
            PoolAccount paidTo,
            Money amount,
            String idempotencyKey,
            String requestHash,
            String reason,
            String rule,
            long beneficiaryId,
            Integer contributionYear,
            PaymentChannel channel,
            LocalDate businessDate) {}

    private final FamilyPoolLedgerRepository ledger;
    private final EntityManager em;
    private final AuditTrail audit;

    @Inject
    ServiceMetrics metrics;

    PoolLedger(FamilyPoolLedgerRepository ledger, EntityManager em, AuditTrail audit) {
        this.ledger = ledger;
        this.em = em;
        this.audit = audit;
    }

    /**
     * Serialises requests with this key (transaction-scoped advisory lock) and returns the entries
     * of the movement it already made, if any; the same key with another request is a CONFLICT.
     */
    Optional<List<FamilyPoolLedgerEntryEntity>> replay(String key, String requestHash) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, key)
                .getSingleResult();
        List<FamilyPoolLedgerEntryEntity> entries = ledger.byIdempotencyKey(key);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        if (!entries.get(0).requestHash.equals(requestHash)) {
            throw new PolicyException(
                    ErrorCode.CONFLICT, "idempotency", "this idempotencyKey was used for a different request");
        }
        return Optional.of(entries);
    }

    /** Records the movement, debits the founder and audits it (in this transaction); returns the entry group. */
    long record(Movement m) {
        if (!m.amount().isPositive()) {
            throw new IllegalArgumentException("a movement moves a positive amount");
        }
        Money after = m.founder().historicalAccountBalance.minus(m.amount());
        if (after.isNegative()) {
            // The rules refuse before this point; the person CHECK would refuse at commit anyway.
            throw new PolicyException(
                    ErrorCode.INSUFFICIENT_FUNDS, "family-pool.balance", "the balance may not go below 0");
        }
        long group = ledger.nextEntryGroup();
        ledger.persist(entry(m, group, PoolAccount.FOUNDER_HISTORICAL, Money.ZERO.minus(m.amount()), after));
        ledger.persist(entry(m, group, m.paidTo(), m.amount(), null));
        m.founder().historicalAccountBalance = after;
        audit.money(
                m.paidTo() == PoolAccount.MEDICAL_PAID ? "pool.medical" : "pool.contribution",
                AuditTrail.target("familyPoolNetwork", m.networkId()),
                m.amount(),
                AuditDetails.of(
                        "networkId", m.networkId(),
                        "entryGroup", group,
                        "founderId", m.founder().id,
                        "beneficiaryId", m.beneficiaryId(),
                        "contributionYear", m.contributionYear(),
                        "channel", m.channel()));
        metrics.poolPaid(m.paidTo(), m.amount());
        return group;
    }

    static FamilyPoolLedgerEntryEntity entry(List<FamilyPoolLedgerEntryEntity> group, PoolAccount account) {
        for (FamilyPoolLedgerEntryEntity e : group) {
            if (e.account == account) {
                return e;
            }
        }
        throw new IllegalStateException("ledger group without a " + account + " entry");
    }

    private static FamilyPoolLedgerEntryEntity entry(
            Movement m, long group, PoolAccount account, Money amount, Money balanceAfter) {
        FamilyPoolLedgerEntryEntity e = new FamilyPoolLedgerEntryEntity();
        e.networkId = m.networkId();
        e.entryGroup = group;
        e.account = account;
        e.amount = amount;
        e.idempotencyKey = m.idempotencyKey();
        e.requestHash = m.requestHash();
        e.reason = m.reason();
        e.rule = m.rule();
        e.beneficiaryId = m.beneficiaryId();
        e.contributionYear = m.contributionYear();
        e.paymentChannel = m.channel();
        e.businessDate = m.businessDate();
        e.balanceAfter = balanceAfter;
        return e;
    }
}
