package cn.yibao.policy.familyaid;

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
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC E8, E9, E10: the Zhejiang authorisation model for resident contributions (§3.21, P15). */
class ZhejiangFamilyContributionTest {

    private static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();
    private static final Set<PoolMode> CONTRIBUTION = Set.of(PoolMode.PAY_CONTRIBUTION);
    private static final LocalDateTime PAID = LocalDateTime.of(2024, 12, 1, 10, 0);

    private static PersonFacts employee(String id, Region region, String balance) {
        return new PersonFacts(id, region, Scheme.EMPLOYEE, Money.of(balance), true, null);
    }

    private static PersonFacts resident(String id, Region region) {
        return new PersonFacts(id, region, Scheme.RESIDENT, Money.ZERO, false, null);
    }

    private static FamilyNetwork bound(PersonFacts authoriser, Member... relatives) {
        FamilyNetwork n = new FamilyNetwork(
                "binding-" + authoriser.id(), FamilyAidModel.AUTHORISATION, authoriser, CONTRIBUTION, null, List.of());
        for (Member m : relatives) {
            n = n.withMember(m);
        }
        return n;
    }

    @ParameterizedTest(name = "{0}: authoriser in {1}, son resident-insured in {2} → {3}")
    @CsvSource(
            textBlock =
                    """
            'E8 (Hangzhou authoriser, Ningbo University student)',  HANGZHOU, NINGBO,   NINGBO_TAX_BUREAU_ONLINE
            'E10 (Ningbo authoriser, Zhejiang University student)', NINGBO,   HANGZHOU, ZHEJIANG_TAX_BUREAU_ONLINE
            """)
    void the_channel_follows_where_the_relative_is_resident_insured_not_the_authoriser(
            String example, Region authoriserRegion, Region sonRegion, PaymentChannel expected) {
        FamilyAidTerms terms = FamilyAidTerms.forFounder(CATALOG, authoriserRegion, 2025);
        PersonFacts zhang = employee("lao-zhang", authoriserRegion, "0.00");
        PersonFacts son = resident("son", sonRegion);

        assertThat(terms.model()).isEqualTo(FamilyAidModel.AUTHORISATION);
        assertThat(FamilyNetworkRules.create(terms, zhang, CONTRIBUTION).isAllowed())
                .isTrue();
        FamilyNetwork n = bound(zhang);
        assertThat(FamilyNetworkRules.addMember(terms, n, son, Relation.CHILD).isAllowed())
                .isTrue();
        assertThat(ContributionPaymentRules.channel(terms, sonRegion)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: the channel is decided without the amount → {3}")
    @CsvSource(
            textBlock =
                    """
            'E8 (2025 college student: amount not published)', HANGZHOU, NINGBO,   NINGBO_TAX_BUREAU_ONLINE
            'E10 (Hangzhou amounts not published)',             NINGBO,   HANGZHOU, ZHEJIANG_TAX_BUREAU_ONLINE
            """)
    void the_channel_decision_stands_for_a_bound_relative_whatever_the_amount(
            String example, Region authoriserRegion, Region sonRegion, PaymentChannel expected) {
        FamilyAidTerms terms = FamilyAidTerms.forFounder(CATALOG, authoriserRegion, 2025);
        PersonFacts zhang = employee("lao-zhang", authoriserRegion, "0.00");
        PersonFacts son = resident("son", sonRegion);
        FamilyNetwork n = bound(zhang, new Member(son, Relation.CHILD));

        assertThat(ContributionPaymentRules.decidedChannel(terms, n, "son", sonRegion))
                .isEqualTo(expected);
        assertThat(ContributionPaymentRules.decidedChannel(terms, n, "a-stranger", sonRegion))
                .isNull();
        assertThat(ContributionPaymentRules.decidedChannel(
                        terms, n.withModes(Set.of(PoolMode.PAY_MEDICAL), null), "son", sonRegion))
                .isNull();
        assertThat(ContributionPaymentRules.decidedChannel(terms, n, "son", Region.HUAIHUA))
                .isNull();
    }

    @Test
    void e8_hangzhou_has_no_files_so_ningbos_resident_rules_apply_as_the_provinces_and_the_explanation_says_so() {
        FamilyAidTerms terms = FamilyAidTerms.forFounder(CATALOG, Region.HANGZHOU, 2025);

        assertThat(terms.rulesRegion()).isEqualTo(Region.NINGBO);
        assertThat(terms.notes()).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo("family.rules-region");
            assertThat(e.text()).contains("hangzhou").contains("ningbo");
        });
    }

    @Test
    void e8_the_2025_college_student_amount_is_not_published_and_e10_hangzhou_amounts_are_not_published() {
        assertThatThrownBy(() -> CATALOG.resident(Region.NINGBO, 2025)
                        .contribution()
                        .individual()
                        .get(ResidentCategory.COLLEGE_STUDENT)
                        .require("contribution.amount"))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED));
        assertThatThrownBy(() -> CATALOG.resident(Region.HANGZHOU, 2025))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED));
    }

    @Test
    void e9_lao_wang_pays_both_parents_2025_adult_contributions_1560_leaving_3440() {
        FamilyAidTerms terms = FamilyAidTerms.forFounder(CATALOG, Region.NINGBO, 2025);
        Money adult = CATALOG.resident(Region.NINGBO, 2025)
                .contribution()
                .individual()
                .get(ResidentCategory.ADULT)
                .require("t");
        assertThat(adult).isEqualTo(Money.of("780.00"));
        PersonFacts wang = employee("lao-wang", Region.NINGBO, "5000.00");
        FamilyNetwork n = bound(
                wang,
                new Member(resident("father", Region.NINGBO), Relation.PARENT),
                new Member(resident("mother", Region.NINGBO), Relation.PARENT));

        ContributionPayment father = ContributionPaymentRules.pay(terms, n, request("father", Region.NINGBO, adult));
        n = n.withFounder(wang.withBalance(father.balanceAfter()));
        ContributionPayment mother = ContributionPaymentRules.pay(terms, n, request("mother", Region.NINGBO, adult));

        assertThat(List.of(father, mother)).allSatisfy(p -> {
            assertThat(p.decision().isAllowed()).isTrue();
            assertThat(p.channel()).isEqualTo(PaymentChannel.NINGBO_TAX_BUREAU_ONLINE);
            assertThat(p.payer()).isEqualTo(cn.yibao.policy.model.Payer.FAMILY_POOL);
        });
        assertThat(father.amount().plus(mother.amount())).isEqualTo(Money.of("1560.00"));
        assertThat(mother.balanceAfter()).isEqualTo(Money.of("3440.00"));
    }

    @ParameterizedTest(name = "E9 counter-case: {0} ({1}, insured in {2}) → {3}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            sister insured in Huaihua, SIBLING, HUAIHUA, NOT_ELIGIBLE
            cousin,                    -,       NINGBO,  NOT_A_RELATIVE
            uninsured brother,         SIBLING, -,       NOT_ELIGIBLE
            """)
    void a_relative_outside_zhejiang_or_no_close_relative_cannot_be_bound(
            String who, Relation relation, Region region, ErrorCode expected) {
        FamilyAidTerms terms = FamilyAidTerms.forFounder(CATALOG, Region.NINGBO, 2025);
        FamilyNetwork n = bound(employee("lao-wang", Region.NINGBO, "5000.00"));
        PersonFacts p = new PersonFacts("x", region, region == null ? null : Scheme.RESIDENT, Money.ZERO, false, null);

        assertThat(FamilyNetworkRules.addMember(terms, n, p, relation).refusal())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "P15: balance {0} paying {1} → {2}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            780.00, 780.00, -
            779.99, 780.00, INSUFFICIENT_FUNDS
            """)
    void a_zhejiang_payment_needs_a_balance_at_least_the_amount(String balance, String amount, ErrorCode expected) {
        FamilyAidTerms terms = FamilyAidTerms.forFounder(CATALOG, Region.NINGBO, 2025);
        FamilyNetwork n = bound(
                employee("lao-wang", Region.NINGBO, balance),
                new Member(resident("father", Region.NINGBO), Relation.PARENT));

        assertThat(ContributionPaymentRules.pay(terms, n, request("father", Region.NINGBO, Money.of(amount)))
                        .decision()
                        .refusal())
                .isEqualTo(expected);
    }

    @Test
    void a_relative_bound_by_another_authoriser_is_already_in_a_network() {
        FamilyAidTerms terms = FamilyAidTerms.forFounder(CATALOG, Region.NINGBO, 2025);
        FamilyNetwork n = bound(employee("lao-wang", Region.NINGBO, "5000.00"));
        PersonFacts father = resident("father", Region.NINGBO).inNetwork("binding-uncle");

        assertThat(FamilyNetworkRules.addMember(terms, n, father, Relation.PARENT)
                        .refusal())
                .isEqualTo(ErrorCode.ALREADY_IN_NETWORK);
    }

    @Test
    void enabling_pay_medical_re_checks_members_a_sibling_is_no_relative_for_ningbo_medical_use() {
        FamilyAidTerms terms = FamilyAidTerms.forFounder(CATALOG, Region.NINGBO, 2025);
        FamilyNetwork n = bound(
                employee("lao-wang", Region.NINGBO, "5000.00"),
                new Member(resident("sister", Region.NINGBO), Relation.SIBLING));

        FamilyAidDecision d = FamilyNetworkRules.setModes(
                terms, n, "lao-wang", Set.of(PoolMode.PAY_CONTRIBUTION, PoolMode.PAY_MEDICAL), PAID);

        assertThat(d.refusal()).isEqualTo(ErrorCode.NOT_A_RELATIVE);
        assertThat(d.rule()).isEqualTo("family.modes");
    }

    private static ContributionPaymentRules.Request request(String id, Region region, Money amount) {
        return new ContributionPaymentRules.Request(id, region, ResidentCategory.ADULT, amount, PAID, false);
    }
}
