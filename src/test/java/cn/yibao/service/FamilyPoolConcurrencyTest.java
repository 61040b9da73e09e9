package cn.yibao.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Relation;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's concurrency test: more than 1,000 payments — relatives' contributions for two years and
 * members' medical burdens — from 16 threads against ONE pool, with retries of the same idempotency
 * key and second requests for a contribution already asked for under another key, asking for more
 * than the fund holds. Afterwards the ledger and the founder's balance must agree to the fen.
 */
@QuarkusTest
class FamilyPoolConcurrencyTest {

    @Inject
    FamilyPeople people;

    private static final int THREADS = 16;
    private static final int MEDICAL = 1_000;
    private static final Money OPENING = Money.of("40000.00");
    private static final Logger LOG = Logger.getLogger(FamilyPoolConcurrencyTest.class);
    private static final Map<Integer, Money> CONTRIBUTION = Map.of(2025, Money.of("780.00"), 2026, Money.of("800.00"));

    @Inject
    FamilyPoolService pools;

    @Inject
    PersonService personService;

    private final AtomicInteger transientErrors = new AtomicInteger();

    /** One request as a client sends it; a retry is the same object sent again. */
    private record Request(String key, long person, Integer year, Money amount, LocalDate date) {
        boolean contribution() {
            return year != null;
        }
    }

    /** What one call returned: the money it reports as paid and the ledger group, or the refusal. */
    private record Outcome(Request request, Money paid, Long group, ErrorCode refusal) {}

    @Test
    void a_thousand_payments_from_sixteen_threads_with_retries_leave_the_opening_balance_minus_what_succeeded()
            throws Exception {
        long founder = people.employee("王先生", "ningbo", LocalDate.of(1962, 4, 8), OPENING.toString());
        LocalDateTime at = LocalDateTime.of(2024, 12, 1, 9, 0);
        long network = pools.create(
                        FamilyPeople.OFFICE, founder, Set.of(PoolMode.PAY_CONTRIBUTION, PoolMode.PAY_MEDICAL), at)
                .id();
        List<Long> kin = new ArrayList<>();
        kin.add(member(people, network, "王妻", LocalDate.of(1964, 6, 1), Relation.SPOUSE, at));
        kin.add(member(people, network, "王父", LocalDate.of(1936, 2, 2), Relation.PARENT, at));
        kin.add(member(people, network, "王母", LocalDate.of(1938, 3, 3), Relation.PARENT, at));
        for (int i = 0; i < 9; i++) {
            kin.add(member(people, network, "王子" + i, LocalDate.of(1988 + i, 5, 5), Relation.CHILD, at));
        }

        List<Request> requests = requests(network, kin);
        long distinctKeys = requests.stream().map(Request::key).distinct().count();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(1_000);
        Queue<Request> queue = new ConcurrentLinkedQueue<>(requests);

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Outcome>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(threads.submit(() -> {
                start.await();
                List<Outcome> mine = new ArrayList<>();
                for (Request r = queue.poll(); r != null; r = queue.poll()) {
                    mine.add(send(network, r));
                }
                return mine;
            }));
        }
        start.countDown();
        long started = System.currentTimeMillis();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> f : futures) {
            outcomes.addAll(f.get(120, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertThat(outcomes).hasSize(requests.size());
        long elapsed = System.currentTimeMillis() - started;

        // Every call with the same key reports the same result: one payment, or the same refusal.
        Map<String, List<Outcome>> byKey = new HashMap<>();
        outcomes.forEach(o ->
                byKey.computeIfAbsent(o.request().key(), k -> new ArrayList<>()).add(o));
        assertThat(byKey).hasSize((int) distinctKeys);
        Money succeeded = Money.ZERO;
        int paidKeys = 0;
        for (List<Outcome> same : byKey.values()) {
            Outcome first = same.get(0);
            if (first.group() != null) {
                assertThat(same).allSatisfy(o -> {
                    assertThat(o.group()).isEqualTo(first.group());
                    assertThat(o.paid()).isEqualTo(first.paid());
                });
                succeeded = succeeded.plus(first.paid());
                paidKeys++;
            } else {
                assertThat(same).allSatisfy(o -> assertThat(o.group()).isNull());
            }
        }
        LOG.infof(
                "%d calls (%d keys) from %d threads in %d ms: %d keys paid %s, refusals %s, %d transient errors retried",
                outcomes.size(),
                distinctKeys,
                THREADS,
                elapsed,
                paidKeys,
                succeeded,
                outcomes.stream()
                        .filter(o -> o.refusal() != null)
                        .collect(Collectors.groupingBy(Outcome::refusal, Collectors.counting())),
                transientErrors.get());
        // Each (relative, year) is paid once, whichever of its two keys won; the other is a CONFLICT.
        Map<String, Long> paidContributions = new HashMap<>();
        for (Outcome o : outcomes) {
            if (o.request().contribution() && o.group() != null) {
                paidContributions.merge(o.request().person() + "/" + o.request().year(), o.group(), (a, b) -> {
                    assertThat(b)
                            .as(
                                    "contribution %s/%s paid twice",
                                    o.request().person(), o.request().year())
                            .isEqualTo(a);
                    return a;
                });
            }
        }
        assertThat(outcomes).filteredOn(o -> o.refusal() != null).allSatisfy(o -> assertThat(o.refusal())
                .isIn(ErrorCode.CONFLICT, ErrorCode.INSUFFICIENT_FUNDS));
        // Demand (about 49,000) exceeds the fund (40,000): it runs dry and stops at 0, never below.
        assertThat(succeeded).isGreaterThan(Money.of("30000.00"));

        Money balance = people.balance(founder);
        String where = " FROM family_pool_ledger_entry WHERE network_id = " + network;
        assertThat(balance.isNegative()).isFalse();
        assertThat(balance).isEqualTo(OPENING.minus(succeeded));
        assertThat(people.query("SELECT coalesce(sum(amount), 0)" + where + " AND account <> 'FOUNDER_HISTORICAL'"))
                .isEqualByComparingTo(succeeded.yuan());
        assertThat(people.query("SELECT coalesce(sum(amount), 0)" + where)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(people.query("SELECT count(*) FROM (SELECT entry_group" + where
                        + " GROUP BY entry_group HAVING count(*) <> 2 OR sum(amount) <> 0) g"))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(people.query("SELECT count(DISTINCT entry_group)" + where)).isEqualByComparingTo("" + paidKeys);
        // No key moved money twice: one group per key.
        assertThat(people.query("SELECT count(*) FROM (SELECT idempotency_key" + where
                        + " GROUP BY idempotency_key HAVING count(DISTINCT entry_group) > 1) k"))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(people.query("SELECT count(*) FROM (SELECT beneficiary_id, contribution_year" + where
                        + " AND account = 'CONTRIBUTIONS_PAID' GROUP BY 1, 2 HAVING count(*) > 1) c"))
                .isEqualByComparingTo(BigDecimal.ZERO);
        // The founder's entries, in the order they were written, step the balance down from the opening one.
        assertThat(people.query("SELECT count(*) FROM (SELECT balance_after, " + OPENING.yuan()
                        + " + sum(amount) OVER (ORDER BY entry_group) AS expected" + where
                        + " AND account = 'FOUNDER_HISTORICAL') s WHERE balance_after <> expected"))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(people.query("SELECT coalesce(min(balance_after), 0)" + where))
                .isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    private long member(
            FamilyPeople people, long network, String name, LocalDate born, Relation relation, LocalDateTime at) {
        long id = people.uninsured(name, "ningbo", born);
        personService.recordInsuranceHistory(
                FamilyPeople.OFFICE, id, List.of(new HistoryYear(2025, "ningbo", Scheme.RESIDENT, null)));
        pools.addMember(FamilyPeople.OFFICE, network, id, relation, at);
        return id;
    }

    /**
     * 24 contributions (12 relatives × 2025 and 2026), each sent twice with its key and once more
     * under a second key; 1,000 medical burdens of 5.00–64.99, every tenth sent twice. Shuffled with
     * a fixed seed, so retries race their originals.
     */
    private static List<Request> requests(long network, List<Long> kin) {
        Random random = new Random(network);
        String prefix = "conc-" + network + "-";
        List<Request> out = new ArrayList<>();
        for (long relative : kin) {
            for (int year : List.of(2025, 2026)) {
                LocalDate date = LocalDate.of(year - 1, 12, 10);
                Request r = new Request(
                        prefix + "c-" + relative + "-" + year, relative, year, CONTRIBUTION.get(year), date);
                out.add(r);
                out.add(r);
                out.add(new Request(r.key() + "-again", relative, year, r.amount(), date));
            }
        }
        for (int i = 0; i < MEDICAL; i++) {
            Money burden = new Money(BigDecimal.valueOf(500 + random.nextInt(6_000), 2));
            Request r = new Request(
                    prefix + "m-" + i,
                    kin.get(i % kin.size()),
                    null,
                    burden,
                    LocalDate.of(2025, 1 + i % 12, 1 + i % 28));
            out.add(r);
            if (i % 10 == 0) {
                out.add(r);
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    /**
     * Sends the request as a client would: a refusal is an answer; an error of the infrastructure
     * (no free connection within the pool's timeout on a busy machine) is retried with the same
     * idempotency key, which is what the key is for.
     */
    private Outcome send(long network, Request r) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(network, r);
            } catch (PolicyException e) {
                return new Outcome(r, Money.ZERO, null, e.code());
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                transientErrors.incrementAndGet();
                Thread.sleep(50L * attempt);
            }
        }
    }

    private Outcome once(long network, Request r) {
        if (r.contribution()) {
            ContributionPaid p = pools.payContribution(new ContributionPaymentCommand(
                    network,
                    null,
                    r.person(),
                    r.year(),
                    Region.NINGBO,
                    ResidentCategory.ADULT,
                    r.amount(),
                    r.date(),
                    r.key()));
            return new Outcome(r, p.amount(), p.entryGroup(), null);
        }
        MedicalPoolPayment m = pools.payMedical(r.person(), r.amount(), r.date(), r.key());
        return new Outcome(r, m.pool(), m.entryGroup(), null);
    }
}
