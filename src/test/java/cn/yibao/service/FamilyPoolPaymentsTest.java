package cn.yibao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Relation;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The money movements other services call: SPEC E9 and E11 through {@link FamilyPoolService}, and the ledger. */
@QuarkusTest
class FamilyPoolPaymentsTest {

    private static final Set<PoolMode> BOTH = Set.of(PoolMode.PAY_CONTRIBUTION, PoolMode.PAY_MEDICAL);

    @Inject
    FamilyPoolService pools;

    @Inject
    DataSource db;

    @Inject
    FamilyPeople people;

    /** Ms Lin's network of E11 with her son and father, modes set at {@code modesAt}. */
    private record Lin(long lin, long son, long father, long network) {}

    private Lin lin(String balance, Set<PoolMode> modes, LocalDateTime modesAt) {
        long lin = people.employee("林女士", "shanghai", LocalDate.of(1988, 3, 14), balance);
        long son = people.resident("林子", "shanghai", LocalDate.of(2016, 9, 1), StudentStatus.PRIMARY_SECONDARY, 2025);
        long father = people.retiree("林父", "shanghai", LocalDate.of(1958, 5, 2), "120.00");
        LocalDateTime created = LocalDateTime.of(2025, 11, 20, 10, 0);
        long network = pools.create(FamilyPeople.OFFICE, lin, Set.of(), created).id();
        pools.addMember(FamilyPeople.OFFICE, network, son, Relation.CHILD, created);
        pools.addMember(FamilyPeople.OFFICE, network, father, Relation.PARENT, created);
        pools.setModes(FamilyPeople.OFFICE, network, modes, modesAt);
        return new Lin(lin, son, father, network);
    }

    private ContributionPaid paySon(Lin f, String key) {
        return pools.payContribution(new ContributionPaymentCommand(
                f.network(),
                null,
                f.son(),
                2026,
                Region.SHANGHAI,
                ResidentCategory.PRIMARY_SECONDARY_STUDENT,
                Money.of("400.00"),
                LocalDate.of(2025, 12, 16),
                key));
    }

    @Test
    void e11_the_batch_pays_the_sons_400_leaving_1100_then_the_pool_pays_180_of_the_fathers_300_leaving_920() {
        Lin f = lin("1500.00", BOTH, LocalDateTime.of(2025, 12, 1, 9, 0));

        ContributionPaid paid = paySon(f, null);

        assertThat(paid.channel()).isEqualTo(PaymentChannel.SHANGHAI_POOL_BATCH);
        assertThat(paid.fundBalanceAfter()).isEqualTo(Money.of("1100.00"));
        assertThat(paid.deductionFrom()).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(paid.resultVisibleFrom()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(people.balance(f.lin())).isEqualTo(Money.of("1100.00"));

        // Burden 300.00, his own historical account (120.00) already paid by the adjudicator: 180.00 asked.
        MedicalPoolPayment medical = pools.payMedical(f.father(), Money.of("180.00"), LocalDate.of(2026, 3, 4), key());

        assertThat(medical.pool()).isEqualTo(Money.of("180.00"));
        assertThat(medical.networkId()).isEqualTo(f.network());
        assertThat(medical.explanations()).singleElement().satisfies(e -> assertThat(e.rule())
                .isEqualTo("family.sh.medical"));
        assertThat(people.balance(f.lin())).isEqualTo(Money.of("920.00"));
        assertLedgerBalanced(f.network(), "-580.00");
    }

    @Test
    void e9_lao_wang_pays_both_parents_2025_contributions_1560_through_the_ningbo_tax_bureau_leaving_3440() {
        long wang = people.employee("老王", "ningbo", LocalDate.of(1965, 2, 3), "5000.00");
        long father = people.resident("王父", "ningbo", LocalDate.of(1940, 1, 9), StudentStatus.NONE, 2024);
        long mother = people.resident("王母", "ningbo", LocalDate.of(1942, 7, 21), StudentStatus.NONE, 2024);
        LocalDateTime bound = LocalDateTime.of(2024, 12, 1, 10, 0);
        long binding = pools.create(FamilyPeople.OFFICE, wang, Set.of(PoolMode.PAY_CONTRIBUTION), bound)
                .id();
        pools.addMember(FamilyPeople.OFFICE, binding, father, Relation.PARENT, bound);
        pools.addMember(FamilyPeople.OFFICE, binding, mother, Relation.PARENT, bound);

        ContributionPaid first = payAdult(binding, father);
        ContributionPaid second = payAdult(binding, mother);

        assertThat(List.of(first, second)).allSatisfy(p -> {
            assertThat(p.channel()).isEqualTo(PaymentChannel.NINGBO_TAX_BUREAU_ONLINE);
            assertThat(p.amount()).isEqualTo(Money.of("780.00"));
        });
        assertThat(first.fundBalanceAfter()).isEqualTo(Money.of("4220.00"));
        assertThat(second.fundBalanceAfter()).isEqualTo(Money.of("3440.00"));
        assertThat(people.balance(wang)).isEqualTo(Money.of("3440.00"));
        assertLedgerBalanced(binding, "-1560.00");
    }

    private ContributionPaid payAdult(long binding, long relative) {
        return pools.payContribution(new ContributionPaymentCommand(
                binding,
                null,
                relative,
                2025,
                Region.NINGBO,
                ResidentCategory.ADULT,
                Money.of("780.00"),
                LocalDate.of(2024, 12, 10),
                key()));
    }

    @ParameterizedTest(name = "E11 counter-case: {0} → {4}")
    @CsvSource(
            textBlock =
                    """
            balance exactly 400.00,               400.00,  2025-12-01T09:00, BOTH,        INSUFFICIENT_FUNDS
            modes set 2025-12-15 17:30,           1500.00, 2025-12-15T17:30, BOTH,        DEADLINE_PASSED
            only PAY_MEDICAL,                     1500.00, 2025-12-01T09:00, PAY_MEDICAL, MODE_NOT_ENABLED
            """)
    void e11_a_refused_contribution_moves_no_money_and_stores_nothing(
            String example, String balance, LocalDateTime modesAt, String modes, ErrorCode expected) {
        Lin f = lin(balance, modes.equals("BOTH") ? BOTH : Set.of(PoolMode.PAY_MEDICAL), modesAt);
        List<Long> before = people.familyRows();

        assertThatThrownBy(() -> paySon(f, key()))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(expected));

        assertThat(people.familyRows()).isEqualTo(before);
        assertThat(people.balance(f.lin())).isEqualTo(Money.of(balance));
    }

    @Test
    void a_retry_with_the_same_key_returns_the_first_payment_and_moves_no_more_money() {
        Lin f = lin("1500.00", BOTH, LocalDateTime.of(2025, 12, 1, 9, 0));
        String key = key();

        ContributionPaid first = paySon(f, key);
        ContributionPaid retry = paySon(f, key);

        assertThat(retry.entryGroup()).isEqualTo(first.entryGroup());
        assertThat(retry.fundBalanceAfter()).isEqualTo(Money.of("1100.00"));
        assertThat(people.balance(f.lin())).isEqualTo(Money.of("1100.00"));
        assertLedgerBalanced(f.network(), "-400.00");
    }

    @Test
    void the_same_key_for_another_request_and_a_second_payment_of_the_same_contribution_are_conflicts() {
        Lin f = lin("1500.00", BOTH, LocalDateTime.of(2025, 12, 1, 9, 0));
        String key = key();
        paySon(f, key);
        List<Long> before = people.familyRows();

        assertThatThrownBy(() -> pools.payContribution(new ContributionPaymentCommand(
                        f.network(),
                        null,
                        f.son(),
                        2026,
                        Region.SHANGHAI,
                        ResidentCategory.PRIMARY_SECONDARY_STUDENT,
                        Money.of("399.00"),
                        LocalDate.of(2025, 12, 16),
                        key)))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> paySon(f, key()))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));

        assertThat(people.familyRows()).isEqualTo(before);
        assertThat(people.balance(f.lin())).isEqualTo(Money.of("1100.00"));
    }

    @Test
    void the_pool_pays_a_medical_burden_up_to_the_fund_and_the_balance_stops_at_zero() {
        Lin f = lin("150.00", BOTH, LocalDateTime.of(2025, 12, 1, 9, 0));

        MedicalPoolPayment m = pools.payMedical(f.son(), Money.of("200.00"), LocalDate.of(2026, 4, 1), key());

        assertThat(m.pool()).isEqualTo(Money.of("150.00"));
        assertThat(people.balance(f.lin())).isEqualTo(Money.ZERO);
        MedicalPoolPayment empty = pools.payMedical(f.son(), Money.of("50.00"), LocalDate.of(2026, 4, 2), key());
        assertThat(empty.pool()).isEqualTo(Money.ZERO);
        assertThat(empty.entryGroup()).isNull();
        assertLedgerBalanced(f.network(), "-150.00");
    }

    @Test
    void an_estimate_says_what_the_pool_would_pay_and_stores_nothing() {
        Lin f = lin("1500.00", BOTH, LocalDateTime.of(2025, 12, 1, 9, 0));
        List<Long> before = people.familyRows();

        MedicalPoolPayment m = pools.previewMedical(f.father(), Money.of("180.00"), LocalDate.of(2026, 3, 4));

        assertThat(m.pool()).isEqualTo(Money.of("180.00"));
        assertThat(m.entryGroup()).isNull();
        assertThat(people.familyRows()).isEqualTo(before);
        assertThat(people.balance(f.lin())).isEqualTo(Money.of("1500.00"));
    }

    @Test
    void without_pay_medical_the_pool_pays_nothing_and_says_why() {
        Lin f = lin("1500.00", Set.of(PoolMode.PAY_CONTRIBUTION), LocalDateTime.of(2025, 12, 1, 9, 0));

        MedicalPoolPayment m = pools.payMedical(f.father(), Money.of("180.00"), LocalDate.of(2026, 3, 4), key());

        assertThat(m.pool()).isEqualTo(Money.ZERO);
        assertThat(m.poolRefusal()).isEqualTo(ErrorCode.MODE_NOT_ENABLED);
        assertThat(people.balance(f.lin())).isEqualTo(Money.of("1500.00"));
    }

    @Test
    void the_ledger_refuses_updates_deletes_and_an_unbalanced_entry() {
        Lin f = lin("1500.00", BOTH, LocalDateTime.of(2025, 12, 1, 9, 0));
        long group = paySon(f, key()).entryGroup();

        assertThatThrownBy(
                        () -> execute("UPDATE family_pool_ledger_entry SET reason = 'x' WHERE entry_group = " + group))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM family_pool_ledger_entry WHERE entry_group = " + group))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute(
                        "INSERT INTO family_pool_ledger_entry (network_id, entry_group, account, amount, idempotency_key,"
                                + " request_hash, reason, rule, beneficiary_id, business_date, balance_after) VALUES ("
                                + f.network()
                                + ", nextval('family_pool_entry_group_seq'), 'FOUNDER_HISTORICAL', -1.00, '"
                                + key() + "', 'h', 'r', 'r', " + f.son() + ", DATE '2026-01-01', 0)"))
                .hasMessageContaining("not balanced");
        assertLedgerBalanced(f.network(), "-400.00");
    }

    /** Every entry group of the network sums to zero, and the founder's side sums to {@code founderTotal}. */
    private void assertLedgerBalanced(long network, String founderTotal) {
        String where = " FROM family_pool_ledger_entry WHERE network_id = " + network;
        assertThat(people.query("SELECT coalesce(sum(amount), 0)" + where)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(people.query("SELECT count(*) FROM (SELECT entry_group" + where
                        + " GROUP BY entry_group HAVING sum(amount) <> 0 OR count(*) <> 2) g"))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(people.query("SELECT coalesce(sum(amount), 0)" + where + " AND account = 'FOUNDER_HISTORICAL'"))
                .isEqualByComparingTo(new BigDecimal(founderTotal));
    }

    private void execute(String sql) throws java.sql.SQLException {
        try (var c = db.getConnection();
                var s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(sql);
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
