package cn.yibao.policy.claim;

import cn.yibao.policy.claim.supplementary.SupplementaryEnrolment;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.ServiceLocation;
import cn.yibao.policy.parameters.PolicyYearTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** jqwik generators of claim-year scenarios for the three computable schemes. */
final class Scenarios {

    enum Kind {
        NINGBO_RESIDENT,
        HUAIHUA,
        NINGBO_EMPLOYEE
    }

    /** One person's year: terms, claimant, starting accumulators, options and claims in order. */
    record Scenario(
            Kind kind,
            PolicyYearTerms terms,
            Claimant claimant,
            YearToDate start,
            Money effectiveCiCap,
            SupplementaryEnrolment supplementary,
            Money pool,
            List<ClaimFacts> claims) {

        ClaimRequest request(ClaimFacts claim, YearToDate before, Money historical, Money poolLeft) {
            Claimant c = new Claimant(
                    claimant.birthDate(),
                    claimant.group(),
                    claimant.assistance(),
                    claimant.specialDiseasePatient(),
                    historical);
            return new ClaimRequest(
                    terms, claim, c, before, Coverage.covered(), effectiveCiCap, supplementary, poolLeft);
        }

        /** Adjudicates the claims in order, drawing down the own account and the pool as they are used. */
        List<Adjudication> run() {
            return run(claims);
        }

        List<Adjudication> run(List<ClaimFacts> sequence) {
            List<Adjudication> out = new ArrayList<>(sequence.size());
            YearToDate ytd = start;
            Money own = claimant.historicalAccountBalance();
            Money poolLeft = pool;
            for (ClaimFacts claim : sequence) {
                Adjudication a = ClaimAdjudicator.adjudicate(request(claim, ytd, own, poolLeft));
                out.add(a);
                ytd = a.after();
                own = own.minus(a.historicalAccountUsed());
                poolLeft = poolLeft == null ? null : poolLeft.minus(a.poolUsed());
            }
            return out;
        }
    }

    /** Raw draws a scheme turns into a valid claim. */
    record RawClaim(
            int care,
            int level,
            int location,
            int day,
            long iCents,
            int pPercent,
            long sCents,
            Tuple2<Long, Long> extras) {}

    private static final HospitalLevel[] LEVELS = HospitalLevel.values();
    private static final ServiceLocation[] LOCATIONS = ServiceLocation.values();
    private static final OutpatientProgram[] PROGRAMS = {
        null, OutpatientProgram.GENERAL, OutpatientProgram.HYPERTENSION, OutpatientProgram.DIABETES
    };

    private Scenarios() {}

    static Money cents(long c) {
        return new Money(BigDecimal.valueOf(c, 2));
    }

    /** Amounts in cents: odd fen amounts, small bills and round hundreds up to {@code maxYuan}. */
    static Arbitrary<Long> amountCents(long maxYuan) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, maxYuan * 100)),
                Tuple.of(2, Arbitraries.longs().between(0, 1_000_000)),
                Tuple.of(1, Arbitraries.longs().between(0, maxYuan / 100).map(h -> h * 10_000)));
    }

    static Arbitrary<RawClaim> rawClaims() {
        Arbitrary<Long> x3 =
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0L)), Tuple.of(1, amountCents(60_000)));
        Arbitrary<Long> x4 =
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0L)), Tuple.of(1, amountCents(300_000)));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 364),
                        amountCents(200_000),
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0L)), Tuple.of(1, amountCents(60_000))),
                        Combinators.combine(x3, x4).as(Tuple::of))
                .as(RawClaim::new);
    }

    static Arbitrary<Scenario> any() {
        return Arbitraries.oneOf(ningboResident(), huaihua(), ningboEmployee());
    }

    static Arbitrary<Scenario> ningboResident() {
        Arbitrary<SupplementaryEnrolment> supp = enrolments().injectNull(0.3);
        return Combinators.combine(rawClaims().list().ofMinSize(1).ofMaxSize(8), supp, pools())
                .as((raw, s, pool) -> new Scenario(
                        Kind.NINGBO_RESIDENT,
                        Fixtures.NINGBO_RESIDENT_2025,
                        Fixtures.adult(AssistanceStatus.NONE),
                        YearToDate.EMPTY,
                        null,
                        s,
                        pool,
                        map(raw, r -> residentClaim(r, 2025, false))));
    }

    static Arbitrary<Scenario> huaihua() {
        Arbitrary<AssistanceStatus> assistance = Arbitraries.of(
                AssistanceStatus.NONE,
                AssistanceStatus.MINIMUM_LIVING,
                AssistanceStatus.EXTREMELY_POOR,
                AssistanceStatus.RETURNED_TO_POVERTY,
                AssistanceStatus.ORPHAN);
        Arbitrary<Money> cap = Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.integers().between(0, 16).map(k -> Money.of(400_000L + 5_000L * k))),
                        Tuple.of(2, Arbitraries.integers().between(0, 40).map(k -> Money.of(1_000L * k))))
                .injectNull(0.3);
        return Combinators.combine(rawClaims().list().ofMinSize(1).ofMaxSize(8), assistance, cap, pools())
                .as((raw, a, c, pool) -> new Scenario(
                        Kind.HUAIHUA,
                        Fixtures.HUAIHUA_2026,
                        Fixtures.adult(a),
                        YearToDate.EMPTY,
                        c,
                        null,
                        pool,
                        map(raw, r -> residentClaim(r, 2026, true))));
    }

    static Arbitrary<Scenario> ningboEmployee() {
        Arbitrary<Claimant> claimants = Combinators.combine(
                        Arbitraries.integers().between(1950, 2003),
                        Arbitraries.of(BenefitGroup.IN_SERVICE, BenefitGroup.RETIRED),
                        Arbitraries.of(true, false),
                        amountCents(10_000))
                .as((year, group, special, hist) ->
                        new Claimant(LocalDate.of(year, 7, 15), group, AssistanceStatus.NONE, special, cents(hist)));
        Arbitrary<YearToDate> start = amountCents(6_000).map(c -> YearToDate.withCurrentAccount(cents(c)));
        return Combinators.combine(
                        rawClaims().list().ofMinSize(1).ofMaxSize(8),
                        claimants,
                        start,
                        enrolments().injectNull(0.3),
                        pools())
                .as((raw, c, s, supp, pool) -> new Scenario(
                        Kind.NINGBO_EMPLOYEE,
                        Fixtures.NINGBO_EMPLOYEE_2023,
                        c,
                        s,
                        null,
                        supp,
                        pool,
                        map(raw, Scenarios::employeeClaim)));
    }

    static Arbitrary<SupplementaryEnrolment> enrolments() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Fixtures::tianyi);
    }

    static Arbitrary<Money> pools() {
        return amountCents(20_000).map(Scenarios::cents).injectNull(0.5);
    }

    /** Resident claims: outpatient or inpatient, P = 0; Huaihua outpatient may name a programme. */
    static ClaimFacts residentClaim(RawClaim r, int year, boolean programmes) {
        boolean outpatient = r.care() % 2 == 0;
        long i = outpatient ? r.iCents() % 1_000_000 : r.iCents();
        OutpatientProgram program = outpatient && programmes ? PROGRAMS[r.day() % PROGRAMS.length] : null;
        return new ClaimFacts(
                outpatient ? CareType.OUTPATIENT : CareType.INPATIENT,
                LEVELS[r.level()],
                ServiceLocation.LOCAL,
                LocalDate.of(year, 1, 1).plusDays(r.day()),
                cents(i),
                null,
                cents(r.sCents()),
                cents(r.extras().get1()),
                cents(r.extras().get2()),
                outpatient && r.day() % 3 == 0,
                program,
                null);
    }

    /** Employee claims of every care type, any location, P a share of I. */
    static ClaimFacts employeeClaim(RawClaim r) {
        CareType care = CareType.values()[r.care()];
        long i = care == CareType.OUTPATIENT ? r.iCents() % 1_000_000 : r.iCents();
        long p = i * r.pPercent() / 500; // up to 20 % of I
        HospitalLevel level = care == CareType.FAMILY_SICKBED ? HospitalLevel.COMMUNITY : LEVELS[r.level()];
        ServiceLocation location = LOCATIONS[r.location()];
        return new ClaimFacts(
                care,
                level,
                location,
                LocalDate.of(2023, 1, 1).plusDays(r.day()),
                cents(i),
                cents(p),
                cents(r.sCents()),
                cents(r.extras().get1()),
                cents(r.extras().get2()),
                false,
                null,
                null);
    }

    private static List<ClaimFacts> map(List<RawClaim> raw, java.util.function.Function<RawClaim, ClaimFacts> f) {
        List<ClaimFacts> out = new ArrayList<>(raw.size());
        for (RawClaim r : raw) {
            out.add(f.apply(r));
        }
        return out;
    }
}
