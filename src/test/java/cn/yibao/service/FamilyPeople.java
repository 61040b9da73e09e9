package cn.yibao.service;

import cn.yibao.persistence.PersonEntity;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.person.NationalId;
import cn.yibao.service.security.Caller;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Persons of the family mutual-aid tests, registered through {@link PersonService} with fresh
 * valid national IDs (the test database is shared: every test makes its own people), and row
 * counts of the family-pool tables to show that a refused request stores nothing. A bean: tests
 * inject it.
 */
@Singleton
public final class FamilyPeople {

    /** The office the service-level tests act as: an officer of every region. */
    public static final Caller OFFICE = Caller.officer("test-office", EnumSet.allOf(Region.class));

    private final PersonService persons;
    private final DataSource db;

    public FamilyPeople(PersonService persons, DataSource db) {
        this.persons = persons;
        this.db = db;
    }

    public long employee(String name, String region, LocalDate born, String balance) {
        return register(name, region, born, StudentStatus.NONE, EmploymentStatus.EMPLOYED, balance);
    }

    public long retiree(String name, String region, LocalDate born, String balance) {
        return register(name, region, born, StudentStatus.NONE, EmploymentStatus.RETIRED, balance);
    }

    /** A person resident-insured in {@code region} for {@code year} (an imported history year). */
    public long resident(String name, String region, LocalDate born, StudentStatus student, int year) {
        long id = register(name, region, born, student, EmploymentStatus.NONE, null);
        persons.recordInsuranceHistory(OFFICE, id, List.of(new HistoryYear(year, region, Scheme.RESIDENT, null)));
        return id;
    }

    /**
     * A person registered in {@code region} (hukou) and resident-insured in {@code insuredIn} for
     * {@code year}, e.g. a Hangzhou student insured where he studies (SPEC C5, E8).
     */
    public long residentElsewhere(
            String name, String region, LocalDate born, StudentStatus student, String insuredIn, int year) {
        long id = register(name, region, born, student, EmploymentStatus.NONE, null);
        persons.recordInsuranceHistory(OFFICE, id, List.of(new HistoryYear(year, insuredIn, Scheme.RESIDENT, null)));
        return id;
    }

    /** A person with no insurance at all. */
    public long uninsured(String name, String region, LocalDate born) {
        return register(name, region, born, StudentStatus.NONE, EmploymentStatus.NONE, null);
    }

    public Money balance(long personId) {
        return new Money(query("SELECT historical_account_balance FROM person WHERE id = " + personId));
    }

    /** Rows of the family-pool tables: networks, members, ledger entries. */
    public List<Long> familyRows() {
        return List.of(
                query("SELECT count(*) FROM family_pool_network").longValue(),
                query("SELECT count(*) FROM family_pool_member").longValue(),
                query("SELECT count(*) FROM family_pool_ledger_entry").longValue());
    }

    public java.math.BigDecimal query(String sql) {
        try (var c = db.getConnection();
                var s = c.createStatement();
                var r = s.executeQuery(sql)) {
            r.next();
            return r.getBigDecimal(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers with a fresh random national ID, drawing again in the rare case it is taken. */
    private long register(
            String name, String region, LocalDate born, StudentStatus student, EmploymentStatus job, String balance) {
        for (int attempt = 1; ; attempt++) {
            try {
                return registerOnce(name, region, born, student, job, balance);
            } catch (cn.yibao.policy.common.PolicyException e) {
                if (e.code() != cn.yibao.policy.common.ErrorCode.CONFLICT || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private long registerOnce(
            String name, String region, LocalDate born, StudentStatus student, EmploymentStatus job, String balance) {
        PersonEntity p = persons.register(
                OFFICE,
                new NewPerson(
                        name,
                        nationalId(born),
                        region,
                        Residency.LOCAL_HUKOU,
                        student,
                        AssistanceStatus.NONE,
                        job,
                        null,
                        balance == null ? null : Money.of(balance)));
        return p.id;
    }

    static String nationalId(LocalDate born) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = "31" + String.format("%04d", r.nextInt(10_000)) + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", r.nextInt(1_000));
        return first17 + NationalId.checkCharacter(first17);
    }
}
