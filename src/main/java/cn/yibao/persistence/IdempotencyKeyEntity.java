package cn.yibao.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A used idempotency key: the operation, a hash of its request and the id of its result. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity {

    @Id
    public String key;

    @Column(nullable = false)
    public String operation;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "result_id", nullable = false)
    public long resultId;
}
