package cn.yibao.policy.claim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.claim.Scenarios.RawClaim;
import cn.yibao.policy.claim.ci.CiResult;
import cn.yibao.policy.claim.ci.CriticalIllnessBenefits;
import cn.yibao.policy.claim.supplementary.SupplementaryBases;
import cn.yibao.policy.claim.supplementary.SupplementaryBenefits;
import cn.yibao.policy.claim.supplementary.SupplementaryEnrolment;
import cn.yibao.policy.claim.supplementary.SupplementaryResult;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.Responsibility;
import cn.yibao.policy.parameters.PolicyYearTerms;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Where a rule is cumulative over the year, splitting one claim into two at the same level on the
 * same day leaves the year totals unchanged up to 0.01 (two roundings instead of one, D1).
 */
class SplittingProperties {

    private static final Money ONE_FEN = Money.of("0.01");

    @Provide
    Arbitrary<List<RawClaim>> outpatientYears() {
        return Scenarios.rawClaims().list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Long>> burdens() {
        return Scenarios.amountCents(120_000).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Money> caps() {
        return Arbitraries.integers()
                .between(0, 60)
                .map(k -> Money.of(10_000L * k))
                .injectNull(0.4);
    }

    @Provide
    Arbitrary<AssistanceStatus> assistance() {
        return Arbitraries.of(AssistanceStatus.NONE, AssistanceStatus.MINIMUM_LIVING, AssistanceStatus.ORPHAN);
    }

    @Property(tries = 1500)
    @Label("Ningbo resident outpatient: a split claim gives the same year's basic total ±0.01")
    void ningbo_resident_outpatient_is_cumulative(
            @ForAll("outpatientYears") List<RawClaim> raw,
            @ForAll @IntRange(min = 0, max = 7) int pick,
            @ForAll @IntRange(min = 0, max = 100) int percent) {
        List<ClaimFacts> claims = new ArrayList<>();
        for (RawClaim r : raw) {
            ClaimFacts c = Scenarios.residentClaim(r, 2026, false);
            claims.add(new ClaimFacts(
                    CareType.OUTPATIENT,
                    c.level(),
                    c.location(),
                    c.serviceDate(),
                    c.inScopeCost(),
                    null,
                    null,
                    null,
                    null,
                    c.chronicDisease(),
                    null,
                    null));
        }
        int j = pick % claims.size();
        List<ClaimFacts> split = splitAt(claims, j, percent);

        Scenarios.Scenario s = new Scenarios.Scenario(
                Scenarios.Kind.NINGBO_RESIDENT,
                Fixtures.NINGBO_RESIDENT_2026,
                Fixtures.adult(AssistanceStatus.NONE),
                YearToDate.EMPTY,
                null,
                null,
                null,
                claims);
        List<Adjudication> whole = s.run(claims);
        List<Adjudication> parts = s.run(split);

        assertWithinOneFen(
                AdjudicationProperties.sum(parts, Adjudication::basic),
                AdjudicationProperties.sum(whole, Adjudication::basic));
        assertThat(last(parts).after().outpatientCost())
                .isEqualTo(last(whole).after().outpatientCost());
    }

    @Property(tries = 1500)
    @Label("Huaihua CI: a split burden gives the same year's CI ±0.01, with or without a cap")
    void huaihua_ci_is_cumulative(
            @ForAll("burdens") List<Long> burdens,
            @ForAll @IntRange(min = 0, max = 7) int pick,
            @ForAll @IntRange(min = 0, max = 100) int percent,
            @ForAll("assistance") AssistanceStatus assistance,
            @ForAll("caps") Money cap) {
        assertCiCumulative(Fixtures.HUAIHUA_2026, Fixtures.adult(assistance), cap, burdens, pick, percent);
    }

    @Property(tries = 1500)
    @Label("employee CI: a split compliant cost gives the same year's CI ±0.01")
    void employee_ci_is_cumulative(
            @ForAll("burdens") List<Long> burdens,
            @ForAll @IntRange(min = 0, max = 7) int pick,
            @ForAll @IntRange(min = 0, max = 100) int percent) {
        Claimant chen = Fixtures.employee(cn.yibao.policy.model.BenefitGroup.IN_SERVICE, "0");
        assertCiCumulative(Fixtures.NINGBO_EMPLOYEE_2023, chen, null, burdens, pick, percent);
    }

    @Property(tries = 1500)
    @Label("天一甬宁保: a split claim gives the same year's payment per responsibility ±0.01")
    void supplementary_is_cumulative_per_responsibility(
            @ForAll("burdens") List<Long> x1,
            @ForAll("burdens") List<Long> x2,
            @ForAll @IntRange(min = 0, max = 7) int pick,
            @ForAll @IntRange(min = 0, max = 100) int percent,
            @ForAll boolean preExisting,
            @ForAll boolean continuous) {
        int n = Math.min(x1.size(), x2.size());
        List<SupplementaryBases> whole = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // x3 and x4 reuse the draws in another order so that all four bases vary
            whole.add(new SupplementaryBases(
                    Scenarios.cents(x1.get(i)),
                    Scenarios.cents(x2.get(i)),
                    Scenarios.cents(x1.get(n - 1 - i)),
                    Scenarios.cents(x2.get(n - 1 - i) * 2)));
        }
        int j = pick % n;
        List<SupplementaryBases> split = new ArrayList<>(whole);
        SupplementaryBases b = whole.get(j);
        split.set(j, part(b, percent, true));
        split.add(j + 1, part(b, percent, false));
        SupplementaryEnrolment e = Fixtures.tianyi(preExisting, continuous);

        YearToDate a = runSupplementary(e, whole);
        YearToDate c = runSupplementary(e, split);
        for (Responsibility r : Responsibility.values()) {
            assertWithinOneFen(c.supplementaryPaid(r), a.supplementaryPaid(r));
            assertThat(c.supplementaryBase(r)).isEqualTo(a.supplementaryBase(r));
        }
    }

    private static void assertCiCumulative(
            PolicyYearTerms terms, Claimant claimant, Money cap, List<Long> burdens, int pick, int percent) {
        List<Money> whole = new ArrayList<>();
        for (long c : burdens) {
            whole.add(Scenarios.cents(c));
        }
        int j = pick % whole.size();
        List<Money> split = new ArrayList<>(whole);
        Money first = share(whole.get(j), percent);
        split.set(j, first);
        split.add(j + 1, whole.get(j).minus(first));

        YearToDate a = runCi(terms, claimant, cap, whole);
        YearToDate b = runCi(terms, claimant, cap, split);
        assertWithinOneFen(b.ciPaid(), a.ciPaid());
        assertThat(b.ciBase()).isEqualTo(a.ciBase());
    }

    private static YearToDate runCi(PolicyYearTerms terms, Claimant claimant, Money cap, List<Money> bases) {
        YearToDate ytd = YearToDate.EMPTY;
        for (Money base : bases) {
            CiResult r = CriticalIllnessBenefits.apply(terms, claimant, base, cap, ytd);
            assertThat(r.complete()).isTrue();
            ytd = r.after();
        }
        return ytd;
    }

    private static YearToDate runSupplementary(SupplementaryEnrolment e, List<SupplementaryBases> claims) {
        YearToDate ytd = YearToDate.EMPTY;
        for (SupplementaryBases b : claims) {
            SupplementaryResult r = SupplementaryBenefits.apply(e, b, ytd);
            ytd = r.after();
        }
        return ytd;
    }

    private static SupplementaryBases part(SupplementaryBases b, int percent, boolean first) {
        return new SupplementaryBases(
                piece(b.x1(), percent, first),
                piece(b.x2(), percent, first),
                piece(b.x3(), percent, first),
                piece(b.x4(), percent, first));
    }

    private static Money piece(Money m, int percent, boolean first) {
        Money a = share(m, percent);
        return first ? a : m.minus(a);
    }

    /** percent % of m, truncated to the fen. */
    private static Money share(Money m, int percent) {
        long cents = m.yuan().movePointRight(2).longValueExact();
        return Scenarios.cents(cents * percent / 100);
    }

    private static List<ClaimFacts> splitAt(List<ClaimFacts> claims, int j, int percent) {
        ClaimFacts c = claims.get(j);
        Money first = share(c.inScopeCost(), percent);
        List<ClaimFacts> out = new ArrayList<>(claims);
        out.set(j, AdjudicationProperties.withInScope(c, first));
        out.add(j + 1, AdjudicationProperties.withInScope(c, c.inScopeCost().minus(first)));
        return out;
    }

    private static void assertWithinOneFen(Money actual, Money expected) {
        Money diff = actual.minus(expected);
        assertThat(diff.isGreaterThan(ONE_FEN) || diff.isLessThan(Money.ZERO.minus(ONE_FEN)))
                .as("%s differs from %s by more than 0.01", actual, expected)
                .isFalse();
    }

    private static Adjudication last(List<Adjudication> year) {
        return year.get(year.size() - 1);
    }
}
