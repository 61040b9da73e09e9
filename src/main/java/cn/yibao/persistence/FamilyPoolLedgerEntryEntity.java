package cn.yibao.persistence;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.PaymentChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only family-pool ledger. A movement is an entry group of two entries
 * summing to zero (a deferred trigger checks it at commit); the database refuses UPDATE and DELETE.
 */
@Entity
@Immutable
@Table(name = "family_pool_ledger_entry")
public class FamilyPoolLedgerEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "network_id", nullable = false)
    public Long networkId;

    @Column(name = "entry_group", nullable = false)
    public long entryGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PoolAccount account;

    @Column(nullable = false)
    public Money amount;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String rule;

    @Column(name = "beneficiary_id", nullable = false)
    public Long beneficiaryId;

    @Column(name = "contribution_year")
    public Integer contributionYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_channel")
    public PaymentChannel paymentChannel;

    @Column(name = "business_date", nullable = false)
    public LocalDate businessDate;

    @Column(name = "balance_after")
    public Money balanceAfter;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
