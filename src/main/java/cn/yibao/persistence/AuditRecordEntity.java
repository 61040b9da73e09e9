package cn.yibao.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One record of the audit trail, read-only: records are written by {@link AuditLogRepository}
 * and chained by the database (V5), which refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditRecordEntity {

    @Id
    public Long seq;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public String action;

    public String target;

    @Column(nullable = false)
    public String outcome;

    /** The jsonb object as text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String details;

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;
}
