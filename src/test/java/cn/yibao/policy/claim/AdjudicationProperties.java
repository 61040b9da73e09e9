package cn.yibao.policy.claim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.Scenarios.Kind;
import cn.yibao.policy.claim.Scenarios.Scenario;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Responsibility;
import cn.yibao.policy.parameters.CriticalIllness;
import cn.yibao.policy.parameters.Inpatient;
import cn.yibao.policy.parameters.SupplementaryPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of SPEC §3.0.5 over generated claim years (Ningbo resident with 天一甬宁保, Huaihua with
 * special groups and incentive caps, Ningbo employee of every care type and location).
 */
class AdjudicationProperties {

    private static final Money HUAIHUA_FUND_LIMIT =
            ((Inpatient.PerAdmission) Fixtures.HUAIHUA_2026.inpatient().require("test")).annualFundLimit();
    private static final Map<Responsibility, SupplementaryPolicy.Terms> TIANYI =
            Fixtures.TIANYI_2025.responsibilities().require("test");

    @Provide
    Arbitrary<Scenario> years() {
        return Scenarios.any();
    }

    @Property(tries = 3000)
    @Label("every layer is ≥ 0 and the six layers add up exactly to the total cost")
    void layers_are_non_negative_and_add_up_to_the_total(@ForAll("years") Scenario s) {
        for (Adjudication a : s.run()) {
            Money sum = Money.ZERO;
            for (Layer layer : Layer.values()) {
                assertThat(a.amount(layer).isNegative()).as(layer.id()).isFalse();
                sum = sum.plus(a.amount(layer));
            }
            assertThat(sum).isEqualTo(a.totalCost());
        }
    }

    @Property(tries = 3000)
    @Label("no fund pays above its cap: Huaihua basic 150,000, the CI cap, every sum insured, the balances")
    void no_fund_exceeds_its_cap(@ForAll("years") Scenario s) {
        List<Adjudication> year = s.run();
        YearToDate end = year.get(year.size() - 1).after();
        if (s.kind() == Kind.HUAIHUA) {
            assertThat(end.inpatientFundPaid()).isLessThanOrEqualTo(HUAIHUA_FUND_LIMIT);
            ciCap(s).ifPresent(cap -> assertThat(end.ciPaid()).isLessThanOrEqualTo(cap));
        }
        if (s.kind() == Kind.NINGBO_EMPLOYEE) {
            assertThat(end.ciPaid()).isLessThanOrEqualTo(employeeCiMaximum());
        }
        Money suppTotal = Money.ZERO;
        for (Responsibility r : Responsibility.values()) {
            assertThat(end.supplementaryPaid(r))
                    .isLessThanOrEqualTo(TIANYI.get(r).sumInsured());
            suppTotal = suppTotal.plus(end.supplementaryPaid(r));
        }
        assertThat(sum(year, Adjudication::supplementary)).isEqualTo(suppTotal);
        collectWhatWasReached(s, end);
        assertThat(sum(year, Adjudication::criticalIllness)).isEqualTo(end.ciPaid());
        assertThat(sum(year, Adjudication::historicalAccountUsed))
                .isLessThanOrEqualTo(s.claimant().historicalAccountBalance());
        assertThat(sum(year, Adjudication::poolUsed)).isLessThanOrEqualTo(s.pool() == null ? Money.ZERO : s.pool());
    }

    @Property(tries = 2000)
    @Label("a larger in-scope cost never leaves the person bearing less (same history)")
    void a_larger_bill_never_costs_the_person_less(
            @ForAll("years") Scenario s,
            @ForAll @IntRange(min = 0, max = 7) int pick,
            @ForAll @LongRange(min = 10_000, max = 10_000_000) long deltaCents) {
        int j = pick % s.claims().size();
        List<Adjudication> history = s.run(s.claims().subList(0, j));
        YearToDate before = history.isEmpty() ? s.start() : history.get(j - 1).after();
        Money own = s.claimant().historicalAccountBalance().minus(sum(history, Adjudication::historicalAccountUsed));
        Money pool = s.pool() == null ? null : s.pool().minus(sum(history, Adjudication::poolUsed));
        ClaimFacts claim = s.claims().get(j);
        ClaimFacts larger = withInScope(claim, claim.inScopeCost().plus(Scenarios.cents(deltaCents)));

        Adjudication small = ClaimAdjudicator.adjudicate(s.request(claim, before, own, pool));
        Adjudication big = ClaimAdjudicator.adjudicate(s.request(larger, before, own, pool));

        assertThat(borne(big)).isGreaterThanOrEqualTo(borne(small));
    }

    /** Shows in the report that the generated years do reach the caps. */
    private static void collectWhatWasReached(Scenario s, YearToDate end) {
        Statistics.label("scheme").collect(s.kind());
        Statistics.label("Huaihua fund limit reached")
                .collect(s.kind() == Kind.HUAIHUA && end.inpatientFundPaid().equals(HUAIHUA_FUND_LIMIT));
        Statistics.label("Huaihua CI cap reached")
                .collect(s.kind() == Kind.HUAIHUA
                        && ciCap(s).map(cap -> end.ciPaid().equals(cap)).orElse(false));
        Statistics.label("R4 sum insured reached")
                .collect(end.supplementaryPaid(Responsibility.R4)
                        .equals(TIANYI.get(Responsibility.R4).sumInsured()));
    }

    /** What the insurance layers leave to the person (accounts, pool and cash). */
    private static Money borne(Adjudication a) {
        return a.totalCost().minus(a.insurancePaid());
    }

    static ClaimFacts withInScope(ClaimFacts c, Money inScope) {
        return new ClaimFacts(
                c.careType(),
                c.level(),
                c.location(),
                c.serviceDate(),
                inScope,
                c.preSelfPay(),
                c.selfPaidCost(),
                c.specialDrugCost(),
                c.protonHeavyIonCost(),
                c.chronicDisease(),
                c.program(),
                c.specialDrugCompliant());
    }

    static java.util.Optional<Money> ciCap(Scenario s) {
        CriticalIllness.ExcessBands bands = (CriticalIllness.ExcessBands)
                Fixtures.HUAIHUA_2026.criticalIllness().require("test");
        if (bands.specialGroups().contains(s.claimant().assistance())) {
            return java.util.Optional.ofNullable(bands.special().cap());
        }
        return java.util.Optional.ofNullable(
                s.effectiveCiCap() != null
                        ? s.effectiveCiCap()
                        : bands.ordinary().cap());
    }

    static Money employeeCiMaximum() {
        CriticalIllness.CompliantCostBands bands = (CriticalIllness.CompliantCostBands)
                Fixtures.NINGBO_EMPLOYEE_2023.criticalIllness().require("test");
        return Money.roundHalfUp(bands.bands().sum(BigDecimal.ZERO, new BigDecimal("1000000000")));
    }

    static Money sum(List<Adjudication> year, java.util.function.Function<Adjudication, Money> f) {
        Money total = Money.ZERO;
        for (Adjudication a : new ArrayList<>(year)) {
            total = total.plus(f.apply(a));
        }
        return total;
    }
}
