package cn.yibao.service.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The audit_log table as tests see it, over plain JDBC as the service's role (the table's owner
 * here): the records of one subject, the chain's verification, and tampering as an owner could
 * (it may grant itself privileges and disable triggers), undone afterwards so the shared test
 * database keeps an intact chain.
 */
public final class AuditRows {

    /** One record; {@code canonical} is the database's {@code audit_canonical(row)}. */
    public record Row(
            long seq,
            OffsetDateTime recordedAt,
            String subject,
            String role,
            String action,
            String target,
            String outcome,
            String details,
            String prevHash,
            String hash,
            String canonical) {}

    /** {@code audit_verify()}. */
    public record Verification(long checked, Long firstBrokenSeq, String reason, Long headSeq, String headHash) {}

    private final DataSource db;

    public AuditRows(DataSource db) {
        this.db = db;
    }

    /** The records of this caller, oldest first. */
    public List<Row> bySubject(String subject) {
        return rows("subject = '" + subject.replace("'", "''") + "'");
    }

    public List<Row> rows(String where) {
        List<Row> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT seq, recorded_at, subject, role, action, target, outcome, details::text,"
                                + " prev_hash, hash, audit_canonical(a) FROM audit_log a WHERE " + where
                                + " ORDER BY seq")) {
            while (r.next()) {
                out.add(new Row(
                        r.getLong(1),
                        r.getObject(2, OffsetDateTime.class),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        r.getString(9),
                        r.getString(10),
                        r.getString(11)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public Verification verify() {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM audit_verify()")) {
            r.next();
            return new Verification(
                    r.getLong("checked"),
                    r.getObject("first_broken_seq", Long.class),
                    r.getString("reason"),
                    r.getObject("head_seq", Long.class),
                    r.getString("head_hash"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the statements in one transaction, autocommit otherwise; the first failure is thrown. */
    public void inTransaction(String... statements) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * What an owner can do behind the triggers' back, in one transaction: grant itself the
     * privilege, switch the append-only and chain triggers off, run {@code sql}, switch them on and
     * revoke the privilege again.
     */
    public void asOwnerBehindTheTriggers(String sql) throws SQLException {
        inTransaction(
                "GRANT UPDATE, DELETE ON audit_log TO CURRENT_USER",
                "ALTER TABLE audit_log DISABLE TRIGGER USER",
                sql,
                "ALTER TABLE audit_log ENABLE TRIGGER USER",
                "REVOKE UPDATE, DELETE ON audit_log FROM CURRENT_USER");
    }
}
