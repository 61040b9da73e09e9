package cn.yibao.service;

import cn.yibao.persistence.FamilyPoolMemberEntity;
import cn.yibao.persistence.FamilyPoolMemberRepository;
import cn.yibao.persistence.FamilyPoolNetworkEntity;
import cn.yibao.persistence.FamilyPoolNetworkRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.familyaid.FamilyAidDecision;
import cn.yibao.policy.familyaid.FamilyAidTerms;
import cn.yibao.policy.familyaid.FamilyNetwork;
import cn.yibao.policy.familyaid.FamilyNetworkRules;
import cn.yibao.policy.familyaid.PersonFacts;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Relation;
import cn.yibao.service.audit.AuditTrail;
import cn.yibao.service.metrics.ServiceMetrics;
import cn.yibao.service.security.Access;
import cn.yibao.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Family mutual aid (家庭共济, SPEC §3.21–§3.23, §7): networks and bindings, and the money they move.
 * Every decision is the core's ({@code cn.yibao.policy.familyaid}); this class loads, locks and stores.
 *
 * <p>Business time: {@code at} is the request's own time, China Standard Time; null = the time the
 * request is received ({@link BusinessClock}). The terms are those of the founder's region for the
 * year of {@code at}, or of the coming year where only it publishes what the modes need (e.g.
 * Shanghai's network in late 2025); a payment uses the terms of its contribution year.
 *
 * <p>For other services, inside THEIR transaction (a refusal throws {@code PolicyException} and so
 * rolls their transaction back; nothing is stored):
 * <pre>
 * ContributionPaid payContribution(ContributionPaymentCommand c)
 *     // enroll with payer FAMILY_POOL: (networkId, payerPersonId?, relativePersonId, year,
 *     // residentRegion, category, amount, paymentDate, idempotencyKey?) → channel, ledger entry group,
 *     // balance after. Zhejiang: channel by where the relative is resident-insured, balance ≥ amount;
 *     // Shanghai: SHANGHAI_POOL_BATCH, PAY_CONTRIBUTION set by 15 Dec 17:00, balance > amount.
 *     // Refusals: NOT_FOUND, NOT_ELIGIBLE, MODE_NOT_ENABLED, DEADLINE_PASSED, INSUFFICIENT_FUNDS, CONFLICT.
 * MedicalPoolPayment payMedical(long personId, Money burden, LocalDate serviceDate, String claimKey)
 *     // submitClaim: the burden left AFTER the member's own historical account (the adjudicator pays
 *     // that first); returns what the pool paid (0 when in no network / mode off: poolRefusal says why)
 *     // and the family-pool explanation line. claimKey: the claim's idempotency key or another
 *     // unique key of the claim; a retry with the same key pays nothing more.
 * MedicalPoolPayment previewMedical(long personId, Money burden, LocalDate serviceDate)
 *     // estimateClaim: the same answer, nothing locked or stored.
 * Optional&lt;PaymentChannel&gt; decidedChannel(networkId, relativeId, residentRegion, year, paymentDate)
 *     // enroll: the channel named in a POLICY_NOT_PUBLISHED refusal of the amount (SPEC E8, E10).
 * Map&lt;Long, Long&gt; networksForPersons(List&lt;Long&gt; personIds)   // person → active network id
 * </pre>
 */
@ApplicationScoped
public class FamilyPoolService {

    private final FamilyFacts facts;
    private final FamilyPoolNetworkRepository networks;
    private final FamilyPoolMemberRepository members;
    private final FamilyPoolPayments payments;
    private final FamilyPoolViews views;
    private final BusinessClock clock;
    private final AuditTrail audit;

    @Inject
    ServiceMetrics metrics;

    FamilyPoolService(
            FamilyFacts facts,
            FamilyPoolNetworkRepository networks,
            FamilyPoolMemberRepository members,
            FamilyPoolPayments payments,
            FamilyPoolViews views,
            BusinessClock clock,
            AuditTrail audit) {
        this.facts = facts;
        this.networks = networks;
        this.members = members;
        this.payments = payments;
        this.views = views;
        this.clock = clock;
        this.audit = audit;
    }

    /** `[family.sh.create]` / `[family.zj.bind]`: the model follows the founder's region (§7). */
    @Transactional
    public FamilyPoolDetails create(Caller caller, long founderId, Set<PoolMode> modes, LocalDateTime at) {
        LocalDateTime when = at == null ? clock.now() : at;
        Set<PoolMode> wanted = modes(modes);
        PersonEntity founder = facts.lockPerson(founderId);
        Access.actFor(caller, founder.id, Region.fromCode(founder.region));
        Region region = Inputs.region(founder.region);
        FamilyAidTerms terms = facts.termsAt(region, when.toLocalDate(), wanted);
        refuseUnless(FamilyNetworkRules.create(terms, facts.facts(founder, when.getYear()), wanted));
        FamilyPoolNetworkEntity n = new FamilyPoolNetworkEntity();
        n.founderId = founder.id;
        n.model = terms.model();
        n.region = region.code();
        n.createdOn = when;
        n.active = true;
        n.setModes(wanted, wanted.contains(PoolMode.PAY_CONTRIBUTION) ? when : null);
        networks.persist(n);
        return views.founderView(n, founder);
    }

    /** `[family.*.member]`: the person must qualify under every mode the network has (§7); an officer's act. */
    @Transactional
    public FamilyPoolDetails addMember(
            Caller caller, long networkId, long personId, Relation relation, LocalDateTime at) {
        LocalDateTime when = at == null ? clock.now() : at;
        if (relation == null) {
            throw PolicyException.badInput("input.relation", "relation is required");
        }
        FamilyPoolNetworkEntity n = activeForUpdate(networkId);
        // Binding a relative is office work: the relation is checked against the household register,
        // and the relative's data and the founder's money become shared. A founder naming any id
        // itself could read a stranger's record or pay into a stranger's account.
        Access.officerOf(caller, Region.fromCode(n.region));
        PersonEntity person = facts.lockPerson(personId);
        PersonEntity founder = facts.person(n.founderId);
        FamilyAidTerms terms = facts.termsAt(Region.fromCode(n.region), when.toLocalDate(), n.modes());
        FamilyNetwork network = facts.network(n, founder, when.getYear());
        PersonFacts candidate = facts.facts(person, when.getYear());
        refuseUnless(FamilyNetworkRules.addMember(terms, network, candidate, relation));
        FamilyPoolMemberEntity m = new FamilyPoolMemberEntity();
        m.networkId = n.id;
        m.personId = person.id;
        m.relation = relation;
        m.joinedOn = when;
        m.active = true;
        members.persist(m);
        return views.founderView(n, founder);
    }

    /**
     * A member leaves, any time (seed 003 (二)23); the founder dissolves instead. Returns the network
     * as the person who left sees it: the founder, no members.
     */
    @Transactional
    public FamilyPoolDetails leave(Caller caller, long networkId, long personId) {
        FamilyPoolNetworkEntity n = activeForUpdate(networkId);
        if (!(caller.personId() != null && caller.personId() == personId)) {
            founderAct(caller, n); // the member itself, or the founder / an officer removing it
        }
        if (n.founderId == personId) {
            throw new PolicyException(
                    ErrorCode.NOT_ELIGIBLE, "family.leave", "the founder dissolves the network instead of leaving");
        }
        FamilyPoolMemberEntity m = members.activeMembership(personId)
                .filter(x -> x.networkId.equals(n.id))
                .orElseThrow(() -> new PolicyException(
                        ErrorCode.NOT_FOUND, "family.leave", personId + " is no member of network " + networkId));
        m.active = false;
        m.leftAt = clock.instant();
        FamilyPoolDetails d = views.founderView(n, facts.person(n.founderId));
        return new FamilyPoolDetails(d.id(), d.model(), d.founder(), List.of(), d.modes(), d.fundBalance(), d.active());
    }

    /** The founder dissolves the network, any time (seed 003 (二)21); dissolving twice changes nothing. */
    @Transactional
    public FamilyPoolDetails dissolve(Caller caller, long networkId) {
        FamilyPoolNetworkEntity n =
                networks.findForUpdate(networkId).orElseThrow(() -> FamilyPoolPayments.notFound(networkId));
        founderAct(caller, n);
        if (n.active) {
            for (FamilyPoolMemberEntity m : members.activeIn(List.of(n.id))) {
                m.active = false;
                m.leftAt = clock.instant();
            }
            n.active = false;
            n.dissolvedAt = clock.instant();
        }
        return views.founderView(n, facts.person(n.founderId));
    }

    /** `[family.modes]`: the founder's act; members are re-checked (§7). */
    @Transactional
    public FamilyPoolDetails setModes(Caller caller, long networkId, Set<PoolMode> modes, LocalDateTime at) {
        LocalDateTime when = at == null ? clock.now() : at;
        Set<PoolMode> wanted = modes(modes);
        FamilyPoolNetworkEntity n = activeForUpdate(networkId);
        founderAct(caller, n);
        PersonEntity founder = facts.person(n.founderId);
        FamilyAidTerms terms = facts.termsAt(Region.fromCode(n.region), when.toLocalDate(), wanted);
        FamilyNetwork network = facts.network(n, founder, when.getYear());
        refuseUnless(
                FamilyNetworkRules.setModes(terms, network, network.founder().id(), wanted, when));
        FamilyNetwork after = network.withModes(wanted, when);
        n.setModes(after.modes(), after.contributionModeSince());
        return views.founderView(n, founder);
    }

    /**
     * The network as {@code viewerId} sees it (null = the founder's view); NOT_ELIGIBLE for others.
     * A citizen always sees it as itself, and only a network it belongs to.
     */
    public FamilyPoolDetails network(Caller caller, long networkId, Long viewerId) {
        FamilyPoolNetworkEntity n =
                networks.findByIdOptional(networkId).orElseThrow(() -> FamilyPoolPayments.notFound(networkId));
        return audited(caller, views.view(n, readAs(caller, n, viewerId)), "query:familyPoolNetwork");
    }

    /** Each person's active network (as founder or member), batched: person id → network id. */
    public Map<Long, Long> networksForPersons(List<Long> personIds) {
        return facts.currentNetworks(personIds);
    }

    /** Each person's active network as that person sees it, batched (Person.familyPoolNetwork). */
    public Map<Long, FamilyPoolDetails> ownViews(Caller caller, Map<Long, Region> people) {
        people.forEach((id, region) -> Access.read(caller, id, region));
        Map<Long, FamilyPoolDetails> seen = views.ownViews(List.copyOf(people.keySet()));
        audit.personsRead(
                caller,
                seen.values().stream().flatMap(FamilyPoolService::personIds).toList(),
                "field:Person.familyPoolNetwork");
        return seen;
    }

    /** A network's ledger statement, newest first; a member sees only movements for itself. */
    public PoolStatement statement(Caller caller, long networkId, Long viewerId, int first, String after) {
        FamilyPoolNetworkEntity n =
                networks.findByIdOptional(networkId).orElseThrow(() -> FamilyPoolPayments.notFound(networkId));
        Long viewer = readAs(caller, n, viewerId);
        audit.personsRead(caller, List.of(n.founderId), "query:familyPoolStatement");
        return views.statement(n, viewer, first, after);
    }

    /** A network's view shows persons: the founder and the members the viewer may see (audited). */
    private FamilyPoolDetails audited(Caller caller, FamilyPoolDetails d, String via) {
        audit.personsRead(caller, personIds(d).toList(), via);
        return d;
    }

    private static java.util.stream.Stream<Long> personIds(FamilyPoolDetails d) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(d.founder().id), d.members().stream().map(m -> m.person().id));
    }

    /** The founder's acts: the founder itself or an officer of the network's region. */
    private void founderAct(Caller caller, FamilyPoolNetworkEntity n) {
        Access.actFor(caller, n.founderId, Region.fromCode(n.region));
    }

    /**
     * Whose view a read gets: a citizen its own, and only of its active network (founder or
     * member); staff of the network's region (auditors: any) the view they ask for.
     */
    private Long readAs(Caller caller, FamilyPoolNetworkEntity n, Long viewerId) {
        Long viewer = Access.viewer(caller, viewerId);
        if (caller.personId() != null) {
            boolean belongs = n.founderId.equals(caller.personId())
                    || n.id.equals(
                            facts.currentNetworks(List.of(caller.personId())).get(caller.personId()));
            if (!belongs) {
                throw Access.forbidden(caller, "read family network " + n.id);
            }
        } else {
            Access.read(caller, n.founderId, Region.fromCode(n.region));
        }
        return viewer;
    }

    @Transactional
    public ContributionPaid payContribution(ContributionPaymentCommand c) {
        return metrics.poolContribution(() -> payments.payContribution(c));
    }

    /**
     * The tax channel a contribution payment for the relative would take, decided without its
     * amount (SPEC E8, E10: where the amount is not published, the channel decision stands); empty
     * when the relative is not bound, PAY_CONTRIBUTION is off or no channel applies.
     */
    public Optional<PaymentChannel> decidedChannel(
            long networkId, long relativeId, Region residentRegion, int year, LocalDate paymentDate) {
        return payments.decidedChannel(networkId, relativeId, residentRegion, year, paymentDate);
    }

    @Transactional
    public MedicalPoolPayment payMedical(long personId, Money burden, LocalDate serviceDate, String claimKey) {
        return payments.payMedical(personId, burden, serviceDate, claimKey);
    }

    /** What {@link #payMedical} would pay now, for estimateClaim: nothing is locked or stored. */
    public MedicalPoolPayment previewMedical(long personId, Money burden, LocalDate serviceDate) {
        return payments.previewMedical(personId, burden, serviceDate);
    }

    static void refuseUnless(FamilyAidDecision d) {
        if (!d.isAllowed()) {
            var lines = d.explanations();
            String why =
                    lines.isEmpty() ? d.rule() : lines.get(lines.size() - 1).text();
            throw new PolicyException(d.refusal(), d.rule(), why);
        }
    }

    private FamilyPoolNetworkEntity activeForUpdate(long networkId) {
        FamilyPoolNetworkEntity n =
                networks.findForUpdate(networkId).orElseThrow(() -> FamilyPoolPayments.notFound(networkId));
        if (!n.active) {
            throw new PolicyException(
                    ErrorCode.CONFLICT, "family.dissolved", "network " + networkId + " has been dissolved");
        }
        return n;
    }

    private static Set<PoolMode> modes(Set<PoolMode> modes) {
        return modes == null || modes.isEmpty() ? EnumSet.noneOf(PoolMode.class) : EnumSet.copyOf(modes);
    }
}
