package cn.yibao.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person with the lists a query asks for (enrollments, claims, the claims' lines), read in one
 * round trip: the statements go to PostgreSQL together and come back as consecutive result sets.
 * The mini-program's query otherwise costs four queries, each a round trip and a pass through
 * Hibernate's query machinery (together about a third of the service's CPU under load). Rows
 * become detached entities ({@link EntityRows}); the orders are those of the repositories.
 */
@ApplicationScoped
// EntityRows builds these entities by reflection; a native image must keep their fields
@RegisterForReflection(
        targets = {PersonEntity.class, EnrollmentEntity.class, ClaimEntity.class, ClaimLineEntity.class},
        fields = true,
        methods = false)
public class PersonListsReader {

    /** Which lists to read with the person. */
    public record Include(boolean enrollments, boolean claims, boolean claimLines) {
        public static final Include NONE = new Include(false, false, false);
    }

    /** The lists read; null where not asked for. {@code claimLines}: claim id → its lines in order. */
    public record PersonLists(
            List<EnrollmentEntity> enrollments, List<ClaimEntity> claims, Map<Long, List<ClaimLineEntity>> claimLines) {

        // Identity, not the lists' contents: a view holding these is a data-loader key, hashed per field.
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    public record PersonRead(PersonEntity person, PersonLists lists) {}

    private static final EntityRows<PersonEntity> PERSON = EntityRows.of(PersonEntity.class);
    private static final EntityRows<EnrollmentEntity> ENROLLMENT = EntityRows.of(EnrollmentEntity.class);
    private static final EntityRows<ClaimEntity> CLAIM = EntityRows.of(ClaimEntity.class);
    private static final EntityRows<ClaimLineEntity> CLAIM_LINE = EntityRows.of(ClaimLineEntity.class);

    private static final String PERSON_SQL = "select " + PERSON.columns("p") + " from person p where p.id = ?";
    private static final String ENROLLMENTS_SQL =
            "select " + ENROLLMENT.columns("e") + " from enrollment e where e.person_id = ? order by e.year, e.scheme";
    private static final String CLAIMS_SQL =
            "select " + CLAIM.columns("c") + " from claim c where c.person_id = ? order by c.service_date, c.id";
    private static final String CLAIM_LINES_SQL = "select " + CLAIM_LINE.columns("l")
            + " from claim_line l join claim c on c.id = l.claim_id where c.person_id = ? order by l.claim_id, l.seq";

    private final AgroalDataSource dataSource;

    PersonListsReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<PersonRead> read(long personId, Include include) {
        List<String> statements = new ArrayList<>(List.of(PERSON_SQL));
        if (include.enrollments()) {
            statements.add(ENROLLMENTS_SQL);
        }
        if (include.claims()) {
            statements.add(CLAIMS_SQL);
            if (include.claimLines()) {
                statements.add(CLAIM_LINES_SQL);
            }
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(String.join(";\n", statements))) {
            for (int i = 1; i <= statements.size(); i++) {
                s.setLong(i, personId);
            }
            s.execute();
            List<PersonEntity> person = rows(s, PERSON);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            List<EnrollmentEntity> enrollments = include.enrollments() ? next(s, ENROLLMENT) : null;
            List<ClaimEntity> claims = include.claims() ? next(s, CLAIM) : null;
            Map<Long, List<ClaimLineEntity>> lines = null;
            if (include.claims() && include.claimLines()) {
                lines = new HashMap<>();
                for (ClaimLineEntity l : next(s, CLAIM_LINE)) {
                    lines.computeIfAbsent(l.ownerId, k -> new ArrayList<>()).add(l);
                }
            }
            return Optional.of(new PersonRead(person.get(0), new PersonLists(enrollments, claims, lines)));
        } catch (SQLException e) {
            throw new IllegalStateException("reading person " + personId + " failed: " + e.getSQLState(), e);
        }
    }

    private static <T> List<T> next(PreparedStatement s, EntityRows<T> rows) throws SQLException {
        if (!s.getMoreResults()) {
            throw new SQLException("expected the " + rows.table() + " rows as the next result set");
        }
        return rows(s, rows);
    }

    private static <T> List<T> rows(PreparedStatement s, EntityRows<T> rows) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = s.getResultSet()) {
            while (rs.next()) {
                out.add(rows.read(rs, 0));
            }
        }
        return out;
    }
}
