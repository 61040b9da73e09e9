package cn.yibao.policy.familyaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Relation;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC E11: the Shanghai network paying a child's 2026 contribution and a member's medical burden (§3.22, §3.23). */
class ShanghaiFamilyNetworkTest {

    private static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();
    private static final FamilyAidTerms TERMS = FamilyAidTerms.forFounder(CATALOG, Region.SHANGHAI, 2026);
    private static final Set<PoolMode> BOTH = Set.of(PoolMode.PAY_CONTRIBUTION, PoolMode.PAY_MEDICAL);
    private static final Money PUPIL = CATALOG.resident(Region.SHANGHAI, 2026)
            .contribution()
            .individual()
            .get(ResidentCategory.PRIMARY_SECONDARY_STUDENT)
            .require("t");

    private static PersonFacts lin(String balance) {
        return new PersonFacts("ms-lin", Region.SHANGHAI, Scheme.EMPLOYEE, Money.of(balance), true, null);
    }

    private static final PersonFacts SON =
            new PersonFacts("son", Region.SHANGHAI, Scheme.RESIDENT, Money.ZERO, false, null);
    private static final PersonFacts FATHER =
            new PersonFacts("father", Region.SHANGHAI, Scheme.EMPLOYEE, Money.of("120.00"), true, null);

    /** Steps of E11 up to the mode change; returns the network as stored after each allowed step. */
    private static FamilyNetwork build(PersonFacts founder, PersonFacts father, LocalDateTime modesAt) {
        assertThat(FamilyNetworkRules.create(TERMS, founder, Set.of()).isAllowed())
                .isTrue();
        FamilyNetwork n = new FamilyNetwork("net-lin", FamilyAidModel.NETWORK, founder, Set.of(), null, List.of());
        assertThat(FamilyNetworkRules.addMember(TERMS, n, SON, Relation.CHILD).isAllowed())
                .isTrue();
        n = n.withMember(new Member(SON, Relation.CHILD));
        FamilyAidDecision addFather = FamilyNetworkRules.addMember(TERMS, n, father, Relation.PARENT);
        if (addFather.isAllowed()) {
            n = n.withMember(new Member(father, Relation.PARENT));
        }
        assertThat(FamilyNetworkRules.setModes(TERMS, n, "ms-lin", BOTH, modesAt)
                        .isAllowed())
                .isTrue();
        return n.withModes(BOTH, modesAt);
    }

    private static ContributionPayment paySon(FamilyNetwork n) {
        return ContributionPaymentRules.pay(
                TERMS,
                n,
                new ContributionPaymentRules.Request(
                        "son",
                        Region.SHANGHAI,
                        ResidentCategory.PRIMARY_SECONDARY_STUDENT,
                        PUPIL,
                        LocalDateTime.of(2025, 12, 16, 0, 0),
                        false));
    }

    @Test
    void e11_the_batch_deducts_400_leaving_1100_then_the_father_pays_120_himself_and_the_pool_180_leaving_920() {
        assertThat(TERMS.model()).isEqualTo(FamilyAidModel.NETWORK);
        assertThat(PUPIL).isEqualTo(Money.of("400.00"));
        FamilyNetwork n = build(lin("1500.00"), FATHER, LocalDateTime.of(2025, 12, 1, 9, 0));

        ContributionPayment p = paySon(n);
        assertThat(p.decision().isAllowed()).isTrue();
        assertThat(p.channel()).isEqualTo(PaymentChannel.SHANGHAI_POOL_BATCH);
        assertThat(p.payer()).isEqualTo(Payer.FAMILY_POOL);
        assertThat(p.balanceAfter()).isEqualTo(Money.of("1100.00"));
        assertThat(p.deductionFrom()).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(p.resultVisibleFrom()).isEqualTo(LocalDate.of(2025, 12, 29));

        n = n.withFounder(n.founder().withBalance(p.balanceAfter()));
        MedicalPayment m =
                PoolPaymentRules.payRemainingBurden(TERMS, n, n.member("father").person(), Money.of("300.00"));
        assertThat(m.ownAccount()).isEqualTo(Money.of("120.00"));
        assertThat(m.pool()).isEqualTo(Money.of("180.00"));
        assertThat(m.cash()).isEqualTo(Money.ZERO);
        assertThat(m.fundAfter()).isEqualTo(Money.of("920.00"));
        assertThat(m.explanations())
                .extracting(e -> e.layer())
                .containsExactly(Layer.PERSONAL_ACCOUNT, Layer.FAMILY_POOL, Layer.PERSONAL);
    }

    @Test
    void e11_the_son_sees_ms_lin_and_himself_only_while_the_founder_sees_everyone() {
        FamilyNetwork n = build(lin("1500.00"), FATHER, LocalDateTime.of(2025, 12, 1, 9, 0));

        assertThat(FamilyNetworkRules.visibleTo(n, "son"))
                .extracting(PersonFacts::id)
                .containsExactly("ms-lin", "son");
        assertThat(FamilyNetworkRules.visibleTo(n, "ms-lin"))
                .extracting(PersonFacts::id)
                .containsExactly("ms-lin", "son", "father");
    }

    @ParameterizedTest(name = "E11 counter-case: {0} → {4}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            balance exactly 400.00,          400.00, 2025-12-01T09:00, -,           INSUFFICIENT_FUNDS
            modes set 2025-12-15 17:30,      1500.00, 2025-12-15T17:30, -,          DEADLINE_PASSED
            modes set 2025-12-15 17:00,      1500.00, 2025-12-15T17:00, -,          -
            """)
    void e11_the_contribution_needs_a_balance_above_the_amount_and_the_mode_by_the_deadline(
            String example, String balance, LocalDateTime modesAt, String unused, ErrorCode expected) {
        FamilyNetwork n = build(lin(balance), FATHER, modesAt);

        assertThat(paySon(n).decision().refusal()).isEqualTo(expected);
    }

    @Test
    void e11_modes_chosen_after_the_deadline_are_set_but_the_explanation_says_the_batch_is_missed() {
        FamilyNetwork n = new FamilyNetwork(
                "net-lin",
                FamilyAidModel.NETWORK,
                lin("1500.00"),
                Set.of(),
                null,
                List.of(new Member(SON, Relation.CHILD)));
        FamilyAidDecision d =
                FamilyNetworkRules.setModes(TERMS, n, "ms-lin", BOTH, LocalDateTime.of(2025, 12, 15, 17, 30));

        assertThat(d.isAllowed()).isTrue();
        assertThat(d.explanations()).anySatisfy(e -> assertThat(e.rule()).isEqualTo("family.sh.contribution"));
    }

    @Test
    void e11_her_father_already_in_her_brothers_network_cannot_join() {
        FamilyNetwork n =
                new FamilyNetwork("net-lin", FamilyAidModel.NETWORK, lin("1500.00"), Set.of(), null, List.of());

        assertThat(FamilyNetworkRules.addMember(TERMS, n, FATHER.inNetwork("net-brother"), Relation.PARENT)
                        .refusal())
                .isEqualTo(ErrorCode.ALREADY_IN_NETWORK);
    }

    @Test
    void an_uninsured_relative_is_not_eligible_as_a_member() {
        FamilyNetwork n =
                new FamilyNetwork("net-lin", FamilyAidModel.NETWORK, lin("1500.00"), Set.of(), null, List.of());
        PersonFacts aunt = new PersonFacts("aunt", null, null, Money.ZERO, false, null);

        assertThat(FamilyNetworkRules.addMember(TERMS, n, aunt, Relation.SIBLING)
                        .refusal())
                .isEqualTo(ErrorCode.NOT_ELIGIBLE);
    }

    @ParameterizedTest(name = "Founder {0} → {6}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            Shanghai employee with balance,   SHANGHAI, EMPLOYEE, 1500.00, true,  -,           -
            zero balance,                     SHANGHAI, EMPLOYEE, 0.00,    true,  -,           NOT_ELIGIBLE
            account not usable,               SHANGHAI, EMPLOYEE, 1500.00, false, -,           NOT_ELIGIBLE
            resident-insured,                 SHANGHAI, RESIDENT, 1500.00, true,  -,           NOT_ELIGIBLE
            member of another network (P15),  SHANGHAI, EMPLOYEE, 1500.00, true,  net-brother, ALREADY_IN_NETWORK
            """)
    void a_founder_must_be_a_shanghai_employee_with_a_usable_positive_account_in_no_other_network(
            String who,
            Region region,
            Scheme scheme,
            String balance,
            boolean usable,
            String network,
            ErrorCode expected) {
        PersonFacts f = new PersonFacts("f", region, scheme, Money.of(balance), usable, network);

        assertThat(FamilyNetworkRules.create(TERMS, f, BOTH).refusal()).isEqualTo(expected);
    }

    @Test
    void the_contribution_conflicts_when_paid_otherwise_and_needs_the_mode() {
        FamilyNetwork n = build(lin("1500.00"), FATHER, LocalDateTime.of(2025, 12, 1, 9, 0));
        ContributionPayment paidBySchool = ContributionPaymentRules.pay(
                TERMS,
                n,
                new ContributionPaymentRules.Request(
                        "son",
                        Region.SHANGHAI,
                        ResidentCategory.PRIMARY_SECONDARY_STUDENT,
                        PUPIL,
                        LocalDateTime.of(2025, 12, 16, 0, 0),
                        true));
        assertThat(paidBySchool.decision().refusal()).isEqualTo(ErrorCode.CONFLICT);

        FamilyNetwork noModes = n.withModes(Set.of(PoolMode.PAY_MEDICAL), LocalDateTime.of(2025, 12, 2, 9, 0));
        assertThat(paySon(noModes).decision().refusal()).isEqualTo(ErrorCode.MODE_NOT_ENABLED);
    }

    @Test
    void without_pay_medical_the_pool_pays_nothing_and_the_rest_is_cash() {
        FamilyNetwork n = build(lin("1500.00"), FATHER, LocalDateTime.of(2025, 12, 1, 9, 0))
                .withModes(Set.of(PoolMode.PAY_CONTRIBUTION), LocalDateTime.of(2025, 12, 2, 9, 0));
        MedicalPayment m =
                PoolPaymentRules.payRemainingBurden(TERMS, n, n.member("father").person(), Money.of("300.00"));

        assertThat(m.poolRefusal()).isEqualTo(ErrorCode.MODE_NOT_ENABLED);
        assertThat(m.ownAccount()).isEqualTo(Money.of("120.00"));
        assertThat(m.cash()).isEqualTo(Money.of("180.00"));
    }
}
