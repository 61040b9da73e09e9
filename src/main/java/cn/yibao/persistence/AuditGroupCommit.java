package cn.yibao.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Writes the audit records that stand alone (reads of other persons' data, refused mutations) by
 * group commit: concurrent requests' records go into one transaction, so the chain's lock (V5) is
 * taken once per batch instead of once per request, and the batch's records go in a few multi-row
 * INSERTs. A caller returns only when its record has
 * committed: no read leaves without its record.
 *
 * <p>A batch of reads only commits without waiting for the disk ({@code synchronous_commit = off}):
 * a PostgreSQL crash (not the service's) may lose the last fraction of a second of read records,
 * never a refusal's record, nor any record of a mutation or money movement (those commit with their
 * transaction). Waiting for the disk on every read made the fsync the service's throughput limit.
 */
@ApplicationScoped
public class AuditGroupCommit {

    private static final Logger LOG = Logger.getLogger(AuditGroupCommit.class);
    /** Records per transaction at most; more wait for the next one. */
    static final int MAX_BATCH = 256;
    /** Records per INSERT statement at most. */
    static final int MAX_ROWS_PER_STATEMENT = 64;
    /** How long a request waits for its record before it fails (the database is then in trouble). */
    static final long WAIT_SECONDS = 10;

    private record Pending(AuditLogRepository.NewRecord record, boolean durable, CompletableFuture<Void> committed) {}

    private final AgroalDataSource dataSource;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    AuditGroupCommit(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Appends the record and returns once it has committed; throws if it could not be written.
     * {@code durable}: the commit also waits for the disk (refusals); false for reads.
     */
    public void append(AuditLogRepository.NewRecord r, boolean durable) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new Pending(r, durable, committed));
        startWriterOnce();
        try {
            committed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the audit record was written", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the audit record could not be written", e);
        }
    }

    private void startWriterOnce() {
        if (writer == null) {
            synchronized (this) {
                if (writer == null) {
                    Thread t = Thread.ofPlatform()
                            .name("audit-group-commit")
                            .daemon()
                            .unstarted(this::run);
                    t.start();
                    writer = t;
                }
            }
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                write(batch);
                batch.forEach(p -> p.committed().complete(null));
            } catch (SQLException | RuntimeException e) {
                // No message text: it could quote a record. Every waiting request fails.
                LOG.errorf("an audit batch of %d records could not be written (%s)", batch.size(), e.getClass());
                batch.forEach(p -> p.committed().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    private void write(List<Pending> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (batch.stream().noneMatch(Pending::durable)) {
                    try (Statement set = c.createStatement()) {
                        set.execute("SET LOCAL synchronous_commit = off");
                    }
                }
                for (int from = 0; from < batch.size(); ) {
                    int rows = statementRows(batch.size() - from);
                    try (PreparedStatement s = c.prepareStatement(AuditLogRepository.insert(rows))) {
                        for (int i = 0; i < rows; i++) {
                            AuditLogRepository.bind(s, i, batch.get(from + i).record());
                        }
                        s.executeUpdate();
                    }
                    from += rows;
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Rows of the next INSERT when {@code left} records remain: the largest power of two up to
     * {@value #MAX_ROWS_PER_STATEMENT}, so that a handful of statement shapes is ever prepared (the
     * driver keeps each one prepared on the server).
     */
    static int statementRows(int left) {
        return Math.min(Integer.highestOneBit(left), MAX_ROWS_PER_STATEMENT);
    }

    void stop(@Observes ShutdownEvent ignored) {
        Thread t = writer;
        if (t != null) {
            t.interrupt();
        }
    }
}
