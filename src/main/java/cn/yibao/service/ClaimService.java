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
import cn.yibao.service.audit.AuditDetails;
import cn.yibao.service.audit.AuditTrail;
import cn.yibao.service.metrics.ServiceMetrics;
import cn.yibao.service.security.Access;
import cn.yibao.service.security.Caller;
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
    private final AuditTrail audit;

    @Inject
    ServiceMetrics metrics;

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
            FamilyPoolService familyPool,
            AuditTrail audit) {
        this.catalog = catalog;
        this.persons = persons;
        this.enrollments = enrollments;
        this.claims = claims;
        this.lines = lines;
        this.totals = totals;
        this.supplementary = supplementary;
        this.idempotency = idempotency;
        this.familyPool = familyPool;
        this.audit = audit;
    }

    @Transactional
    public ClaimEntity submit(Caller caller, ClaimCommand c) {
        // Settlement is office work in the insured person's region; checked before any replay.
        Access.officerOf(caller, Region.fromCode(persons.get(Ids.parse(c.personId(), "personId")).region));
        limits.moneyMutation(caller);
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
        auditPayouts(claim, a);
        idempotency.remember(c.idempotencyKey(), "submitClaim", hash, claim.id);
        metrics.claimSubmitted(setup.terms().region(), setup.scheme(), a);
        return claim;
    }

    /**
     * One audit record per money movement of the claim: the funds' payouts and the person's accounts
     * debited. The family pool's movement is audited by its ledger; what the person pays is not ours.
     */
    private void auditPayouts(ClaimEntity claim, Adjudication a) {
        String target = AuditTrail.target("claim", claim.id);
        var movements = new java.util.LinkedHashMap<String, Money>();
        movements.put("claim.basic-fund", a.basic());
        movements.put("claim.critical-illness", a.criticalIllness());
        movements.put("claim.supplementary", a.supplementary());
        movements.put("claim.current-account", a.personalAccount().minus(a.historicalAccountUsed()));
        movements.put("claim.historical-account", a.historicalAccountUsed());
        movements.forEach((movement, amount) -> {
            if (amount.isPositive()) {
                audit.money(movement, target, amount, AuditDetails.of("claimId", claim.id, "personId", claim.personId));
            }
        });
    }

    /** A pre-visit estimate against the person's year-to-date position; nothing is stored. */
    public Adjudication estimate(Caller caller, ClaimCommand c) {
        PersonEntity person = persons.get(Ids.parse(c.personId(), "personId"));
        Access.read(caller, person.id, Region.fromCode(person.region));
        ClaimFacts facts = ClaimSetup.facts(c);
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
