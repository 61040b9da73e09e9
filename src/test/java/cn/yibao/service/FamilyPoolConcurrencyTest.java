package cn.yibao.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Relation;
import cn.yibao.policy.model.StudentStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Many members' claims against one fund at once: the balance never goes below 0 and no key pays twice. */
@QuarkusTest
class FamilyPoolConcurrencyTest {

    private static final int THREADS = 16;
    private static final int PER_THREAD = 25;

    @Inject
    FamilyPoolService pools;

    @Inject
    PersonService personService;

    @Inject
    DataSource db;

    @Test
    void sixteen_threads_paying_claims_with_retries_leave_opening_balance_minus_what_was_paid() throws Exception {
        FamilyPeople people = new FamilyPeople(personService, db);
        long founder = people.employee("林女士", "shanghai", LocalDate.of(1988, 3, 14), "1500.00");
        LocalDateTime at = LocalDateTime.of(2025, 12, 1, 9, 0);
        long network = pools.create(founder, Set.of(PoolMode.PAY_MEDICAL), at).id();
        List<Long> kin = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long child = people.resident(
                    "子" + i, "shanghai", LocalDate.of(2015 + i, 1, 1), StudentStatus.PRIMARY_SECONDARY, 2025);
            pools.addMember(network, child, Relation.CHILD, at);
            kin.add(child);
        }
        String prefix = "claim-" + network + "-";

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Money>> paid = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            paid.add(threads.submit(() -> {
                Money sum = Money.ZERO;
                for (int i = 0; i < PER_THREAD; i++) {
                    // Every fifth claim is a retry of the thread's previous key: it must pay nothing more.
                    int n = i % 5 == 4 ? i - 1 : i;
                    String key = prefix + thread + "-" + n;
                    MedicalPoolPayment m = pools.payMedical(
                            kin.get(thread % kin.size()), Money.of("7.35"), LocalDate.of(2026, 3, 4), key);
                    if (n == i) {
                        sum = sum.plus(m.pool());
                    }
                }
                return sum;
            }));
        }
        Money total = Money.ZERO;
        for (Future<Money> f : paid) {
            total = total.plus(f.get());
        }
        threads.shutdown();

        // 16 × 20 distinct claims × 7.35 = 2,352.00 asked of a 1,500.00 fund: it runs dry, never below 0.
        assertThat(total).isEqualTo(Money.of("1500.00"));
        assertThat(people.balance(founder)).isEqualTo(Money.ZERO);
        String where = " FROM family_pool_ledger_entry WHERE network_id = " + network;
        assertThat(people.query("SELECT coalesce(sum(amount), 0)" + where)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(people.query("SELECT coalesce(sum(amount), 0)" + where + " AND account = 'MEDICAL_PAID'"))
                .isEqualByComparingTo("1500.00");
        assertThat(people.query("SELECT count(*) FROM (SELECT idempotency_key" + where
                        + " GROUP BY idempotency_key HAVING count(*) <> 2) k"))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(people.query("SELECT min(balance_after)" + where)).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
