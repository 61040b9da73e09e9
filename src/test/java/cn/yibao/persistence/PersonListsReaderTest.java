package cn.yibao.persistence;

import static cn.yibao.api.support.Journeys.claim;
import static cn.yibao.api.support.Journeys.enroll;
import static cn.yibao.api.support.Journeys.register;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.persistence.PersonListsReader.Include;
import cn.yibao.persistence.PersonListsReader.PersonRead;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The one-round-trip reader gives, field for field, what Hibernate loads through the entity mapping. */
@QuarkusTest
class PersonListsReaderTest {

    @Inject
    PersonListsReader reader;

    @Inject
    PersonRepository persons;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    ClaimRepository claims;

    @Inject
    ExplanationLineRepository lines;

    @Test
    void reads_every_mapped_field_as_hibernate_does() {
        long id = Long.parseLong(register("直读", LocalDate.of(1980, 5, 6), "ningbo", "NONE", "null", "null"));
        enroll(String.valueOf(id), "ningbo", 2026, "RESIDENT", "2025-11-20");
        claim(String.valueOf(id), "2026-03-02", "INPATIENT", "LEVEL_3", "12000.00");
        claim(String.valueOf(id), "2026-04-02", "OUTPATIENT", "COMMUNITY", "80.00");

        PersonRead read = reader.read(id, new Include(true, true, true)).orElseThrow();

        assertSameFields(read.person(), persons.findById(id));
        List<EnrollmentEntity> e = enrollments.forPersons(List.of(id));
        assertThat(read.lists().enrollments()).hasSize(e.size()).isNotEmpty();
        for (int i = 0; i < e.size(); i++) {
            assertSameFields(read.lists().enrollments().get(i), e.get(i));
        }
        List<ClaimEntity> c = claims.forPersons(List.of(id));
        assertThat(read.lists().claims()).hasSize(2).hasSize(c.size());
        Map<Long, List<ClaimLineEntity>> l = new java.util.HashMap<>();
        for (ClaimLineEntity x : lines.claimLines(c.stream().map(x -> x.id).toList())) {
            l.computeIfAbsent(x.ownerId, k -> new ArrayList<>()).add(x);
        }
        for (int i = 0; i < c.size(); i++) {
            assertSameFields(read.lists().claims().get(i), c.get(i));
            List<ClaimLineEntity> expected = l.get(c.get(i).id);
            List<ClaimLineEntity> actual = read.lists().claimLines().get(c.get(i).id);
            assertThat(actual).hasSize(expected.size()).isNotEmpty();
            for (int j = 0; j < expected.size(); j++) {
                assertSameFields(actual.get(j), expected.get(j));
            }
        }
    }

    @Test
    void reads_only_the_lists_asked_for_and_nothing_for_an_unknown_person() {
        long id = Long.parseLong(register("直读二", LocalDate.of(1990, 1, 2), "huaihua", "NONE", "null", "null"));
        PersonRead read = reader.read(id, Include.NONE).orElseThrow();
        assertThat(read.person().name).isEqualTo("直读二");
        assertThat(read.lists().enrollments()).isNull();
        assertThat(read.lists().claims()).isNull();
        assertThat(read.lists().claimLines()).isNull();
        assertThat(reader.read(id, new Include(true, true, false))
                        .orElseThrow()
                        .lists()
                        .claims())
                .isEmpty();
        assertThat(reader.read(Long.MAX_VALUE, new Include(true, true, true))).isEmpty();
    }

    @Test
    void a_page_reads_its_persons_lists_in_one_round_trip_but_not_for_its_look_ahead_row() {
        long a = Long.parseLong(register("页一", LocalDate.of(1981, 1, 1), "huaihua", "NONE", "null", "null"));
        long b = Long.parseLong(register("页二", LocalDate.of(1982, 2, 2), "huaihua", "NONE", "null", "null"));
        long c = Long.parseLong(register("页三", LocalDate.of(1983, 3, 3), "huaihua", "NONE", "null", "null"));
        enroll(String.valueOf(b), "huaihua", 2026, "RESIDENT", "2025-11-15");
        claim(String.valueOf(b), "2026-05-05", "OUTPATIENT", "COMMUNITY", "60.00");
        long before = reader.roundTrips();

        List<PersonRead> page = reader.page("huaihua", a - 1, 3, 2, new Include(true, true, true));

        assertThat(reader.roundTrips() - before).isEqualTo(1);
        assertThat(page).extracting(r -> r.person().id).containsExactly(a, b, c);
        assertThat(page.get(0).lists().enrollments()).isEmpty();
        assertThat(page.get(1).lists().enrollments()).hasSize(1);
        assertThat(page.get(1).lists().claims()).hasSize(1);
        assertThat(page.get(1)
                        .lists()
                        .claimLines()
                        .get(page.get(1).lists().claims().get(0).id))
                .isNotEmpty();
        assertThat(page.get(2).lists().enrollments()).isNull(); // the row that only tells a next page exists
        assertThat(page.get(2).lists().claims()).isNull();
    }

    private static void assertSameFields(Object actual, Object expected) {
        List<String> differing = new ArrayList<>();
        for (Class<?> c = expected.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        || f.isSynthetic()
                        || f.getName().startsWith("$$_")) {
                    continue;
                }
                try {
                    Object a = f.get(actual);
                    Object e = f.get(expected);
                    boolean same = a instanceof OffsetDateTime x && e instanceof OffsetDateTime y
                            ? x.isEqual(y)
                            : Objects.deepEquals(a, e);
                    if (!same) {
                        differing.add(f.getName() + ": " + a + " ≠ " + e);
                    }
                } catch (IllegalAccessException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
        assertThat(differing).as(expected.getClass().getSimpleName()).isEmpty();
    }
}
