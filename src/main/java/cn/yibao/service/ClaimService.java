package cn.yibao.service;

import cn.yibao.persistence.ClaimEntity;
import cn.yibao.persistence.ClaimLineEntity;
import cn.yibao.persistence.ClaimRepository;
import cn.yibao.persistence.EnrollmentRepository;
import cn.yibao.persistence.ExplanationLineRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.SupplementaryEnrollmentEntity;
import cn.yibao.persistence.SupplementaryEnrollmentRepository;
import cn.yibao.persistence.YearTotalsEntity;
import cn.yibao.persistence.YearTotalsRepository;
import cn.yibao.policy.claim.Adjudication;
import cn.yibao.policy.claim.ClaimAdjudicator;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.ClaimRequest;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.claim.supplementary.SupplementaryEnrolment;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.service.security.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Adjudicating claims against the person's persisted year-to-date totals. submitClaim locks the
 * person row and the year's totals (two claims of one person never race), and the claim, its lines,
 * the new totals and the historical-account debit commit together. estimateClaim stores nothing.
 */
@ApplicationScoped
public class ClaimService {

    private final PolicyCatalog catalog;
    private final PersonService persons;
    private final EnrollmentRepository enrollments;
    private final ClaimRepository claims;
    private final ExplanationLineRepository lines;
    private final YearTotalsRepository totals;
    private final SupplementaryEnrollmentRepository supplementary;
    private final Idempotency idempotency;
    private final FamilyPoolService familyPool;

    @Inject
    RateLimiter limits;

    ClaimService(
            PolicyCatalog catalog,
            PersonService persons,
            EnrollmentRepository enrollments,
            ClaimRepository claims,
            ExplanationLineRepository lines,
            YearTotalsRepository totals,
            SupplementaryEnrollmentRepository supplementary,
            Idempotency idempotency,
            FamilyPoolService familyPool) {
        this.catalog = catalog;
        this.persons = persons;
        this.enrollments = enrollments;
        this.claims = claims;
        this.lines = lines;
        this.totals = totals;
        this.supplementary = supplementary;
        this.idempotency = idempotency;
        this.familyPool = familyPool;
    }

    @Transactional
    public ClaimEntity submit(ClaimCommand c) {
        limits.moneyMutation();
        String hash = Idempotency.hash(c.toString().replace("idempotencyKey=" + c.idempotencyKey(), ""));
        var replay = idempotency.replay(c.idempotencyKey(), "submitClaim", hash);
        if (replay.isPresent()) {
            return claims.findById(replay.get());
        }
        ClaimFacts facts = ClaimSetup.facts(c);
        PersonEntity person = persons.lock(Ids.parse(c.personId(), "personId"));
        ClaimSetup setup = ClaimSetup.of(catalog, person, enrollments.forPerson(person.id), facts.serviceDate());
        // A claim outside every enrollment accumulates nothing (P22): it needs no year-to-date row.
        YearTotalsEntity row =
                setup.enrollment() == null ? null : totals.lockOrCreate(person.id, setup.year(), setup.scheme());
        String claimKey = c.idempotencyKey() != null
                ? c.idempotencyKey()
                : java.util.UUID.randomUUID().toString();
        Adjudication a = adjudicate(
                request(setup, person, facts, row == null ? YearToDate.EMPTY : YearTotalsMapping.toCore(row)),
                burden -> familyPool.payMedical(person.id, burden, facts.serviceDate(), claimKey));
        if (row != null) {
            YearTotalsMapping.apply(a.after(), row);
            row.claims++;
        }
        person.historicalAccountBalance = person.historicalAccountBalance.minus(a.historicalAccountUsed());
        ClaimEntity claim = ClaimMapping.entity(person.id, setup, facts, a);
        claims.persist(claim);
        persistLines(claim.id, a.lines());
        idempotency.remember(c.idempotencyKey(), "submitClaim", hash, claim.id);
        return claim;
    }

    /** A pre-visit estimate against the person's year-to-date position; nothing is stored. */
    public Adjudication estimate(ClaimCommand c) {
        ClaimFacts facts = ClaimSetup.facts(c);
        PersonEntity person = persons.get(Ids.parse(c.personId(), "personId"));
        ClaimSetup setup = ClaimSetup.of(catalog, person, enrollments.forPerson(person.id), facts.serviceDate());
        YearToDate before = totals.read(person.id, setup.year(), setup.scheme())
                .map(YearTotalsMapping::toCore)
                .orElse(YearToDate.EMPTY);
        return adjudicate(
                request(setup, person, facts, before),
                burden -> familyPool.previewMedical(person.id, burden, facts.serviceDate()));
    }

    /**
     * The layers of a claim. PAY_MEDICAL: what is left after the member's own account is offered to
     * the family pool (SPEC §3.23), and the core splits the layers again with exactly what it paid.
     */
    private static Adjudication adjudicate(
            ClaimRequest request, java.util.function.Function<Money, MedicalPoolPayment> pool) {
        Adjudication a = ClaimAdjudicator.adjudicate(request);
        if (!a.personal().isPositive()) {
            return a;
        }
        Money paid = pool.apply(a.personal()).pool();
        return paid.isPositive() ? ClaimAdjudicator.adjudicate(request.withPool(paid)) : a;
    }

    private ClaimRequest request(ClaimSetup setup, PersonEntity person, ClaimFacts facts, YearToDate before) {
        ClaimRequest r = new ClaimRequest(
                setup.terms(), facts, setup.claimant(person), before, setup.coverage(), null, null, null);
        if (setup.enrollment() != null && setup.enrollment().effectiveCiCap != null) {
            r = r.withEffectiveCiCap(setup.enrollment().effectiveCiCap);
        }
        SupplementaryEnrolment s = supplementaryEnrolment(person, setup.year());
        return s == null ? r : r.withSupplementary(s);
    }

    private SupplementaryEnrolment supplementaryEnrolment(PersonEntity person, int year) {
        List<SupplementaryEnrollmentEntity> years = supplementary.forPerson(person.id);
        var thisYear =
                years.stream().filter(s -> s.year == year && !s.recordOnly).findFirst();
        var terms = catalog.supplementary(Region.fromCode(person.region), year);
        if (thisYear.isEmpty() || terms.isEmpty()) {
            return null;
        }
        boolean continuous = years.stream().anyMatch(s -> s.year == year - 1);
        return new SupplementaryEnrolment(terms.get(), thisYear.get().preExisting, continuous);
    }

    private void persistLines(long claimId, List<Explanation> explanation) {
        short seq = 0;
        for (Explanation x : explanation) {
            ClaimLineEntity l = new ClaimLineEntity();
            l.ownerId = claimId;
            l.seq = seq++;
            l.layer = x.layer() == null ? "note" : x.layer().id();
            l.rule = x.rule();
            l.text = x.text();
            l.source = x.source().cite();
            l.base = x.base();
            l.rate = x.rate() == null ? null : x.rate().value();
            l.amount = x.amount();
            lines.persist(l);
        }
    }
}
