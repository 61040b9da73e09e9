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
import java.util.concurrent.atomic.LongAdder;

/**
 * A person, or a page of persons, with the lists a query asks for (enrollments, claims, the claims'
 * lines), read in one round trip: the statements go to PostgreSQL together and come back as consecutive result sets.
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
            List<EnrollmentEntity> enrollments,
            List<ClaimEntity> claims,
            Map<Long, List<ClaimLineEntity>> claimLines) {}

    public record PersonRead(PersonEntity person, PersonLists lists) {}

    private static final EntityRows<PersonEntity> PERSON = EntityRows.of(PersonEntity.class);
    private static final EntityRows<EnrollmentEntity> ENROLLMENT = EntityRows.of(EnrollmentEntity.class);
    private static final EntityRows<ClaimEntity> CLAIM = EntityRows.of(ClaimEntity.class);
    private static final EntityRows<ClaimLineEntity> CLAIM_LINE = EntityRows.of(ClaimLineEntity.class);

    private static final String PERSON_COLUMNS = PERSON.columns("p");
    private static final String ENROLLMENTS_SQL = "select " + ENROLLMENT.columns("e")
            + " from enrollment e where e.person_id %s order by e.person_id, e.year, e.scheme";
    private static final String CLAIMS_SQL = "select " + CLAIM.columns("c")
            + " from claim c where c.person_id %s order by c.person_id, c.service_date, c.id";
    private static final String CLAIM_LINES_SQL = "select " + CLAIM_LINE.columns("l")
            + " from claim_line l join claim c on c.id = l.claim_id where c.person_id %s order by l.claim_id, l.seq";

    /** Whose lists: the condition on a person id column ({@code %s} in the SQL) and its parameters. */
    private record Owners(String condition, Object... params) {}

    private final AgroalDataSource dataSource;
    private final LongAdder roundTrips = new LongAdder();

    PersonListsReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One person by id, with the lists {@code include} names. */
    public Optional<PersonRead> read(long personId, Include include) {
        List<PersonRead> read = read(
                "select " + PERSON_COLUMNS + " from person p where p.id = ?",
                new Object[] {personId},
                new Owners("= ?", personId),
                1,
                include);
        return read.stream().findFirst();
    }

    /**
     * A page of a region's persons by ascending id after {@code afterId} ({@code rows} of them at
     * most), with the lists {@code include} names for the first {@code withLists} of them.
     */
    public List<PersonRead> page(String region, long afterId, int rows, int withLists, Include include) {
        return read(
                "select " + PERSON_COLUMNS + " from person p where p.region = ? and p.id > ? order by p.id limit ?",
                new Object[] {region, afterId, rows},
                new Owners(
                        "in (select id from person where region = ? and id > ? order by id limit ?)",
                        region,
                        afterId,
                        withLists),
                withLists,
                include);
    }

    private List<PersonRead> read(
            String personSql, Object[] personParams, Owners owners, int withLists, Include include) {
        List<String> statements = new ArrayList<>(List.of(personSql));
        if (include.enrollments()) {
            statements.add(ENROLLMENTS_SQL.formatted(owners.condition()));
        }
        if (include.claims()) {
            statements.add(CLAIMS_SQL.formatted(owners.condition()));
            if (include.claimLines()) {
                statements.add(CLAIM_LINES_SQL.formatted(owners.condition()));
            }
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(String.join(";\n", statements))) {
            int i = bind(s, 1, personParams);
            for (int k = 1; k < statements.size(); k++) {
                i = bind(s, i, owners.params());
            }
            s.execute();
            roundTrips.increment();
            List<PersonEntity> persons = rows(s, PERSON);
            Map<Long, List<EnrollmentEntity>> enrollments =
                    include.enrollments() ? IdLists.groupBy(next(s, ENROLLMENT), e -> e.personId) : null;
            Map<Long, List<ClaimEntity>> claims =
                    include.claims() ? IdLists.groupBy(next(s, CLAIM), x -> x.personId) : null;
            Map<Long, List<ClaimLineEntity>> lines = include.claims() && include.claimLines()
                    ? IdLists.groupBy(next(s, CLAIM_LINE), l -> l.ownerId)
                    : null;
            List<PersonRead> out = new ArrayList<>(persons.size());
            for (PersonEntity p : persons) {
                if (out.size() == withLists) { // the look-ahead row of a page: no lists were read for it
                    out.add(new PersonRead(p, new PersonLists(null, null, null)));
                    continue;
                }
                out.add(new PersonRead(
                        p,
                        new PersonLists(
                                enrollments == null ? null : enrollments.getOrDefault(p.id, List.of()),
                                claims == null ? null : claims.getOrDefault(p.id, List.of()),
                                lines == null ? null : linesOf(claims.getOrDefault(p.id, List.of()), lines))));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading persons failed: " + e.getSQLState(), e);
        }
    }

    /** Round trips to the database so far (for tests: one per read, whatever it includes). */
    public long roundTrips() {
        return roundTrips.sum();
    }

    private static Map<Long, List<ClaimLineEntity>> linesOf(
            List<ClaimEntity> claims, Map<Long, List<ClaimLineEntity>> lines) {
        Map<Long, List<ClaimLineEntity>> out = new HashMap<>();
        for (ClaimEntity c : claims) {
            out.put(c.id, lines.getOrDefault(c.id, List.of()));
        }
        return out;
    }

    private static int bind(PreparedStatement s, int index, Object[] params) throws SQLException {
        for (Object p : params) {
            if (p instanceof String text) {
                s.setString(index++, text);
            } else if (p instanceof Integer n) {
                s.setInt(index++, n);
            } else {
                s.setLong(index++, (Long) p);
            }
        }
        return index;
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
                out.add(rows.read(rs));
            }
        }
        return out;
    }
}
