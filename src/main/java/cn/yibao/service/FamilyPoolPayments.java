package cn.yibao.service;

import cn.yibao.persistence.EnrollmentRepository;
import cn.yibao.persistence.FamilyPoolLedgerEntryEntity;
import cn.yibao.persistence.FamilyPoolLedgerRepository;
import cn.yibao.persistence.FamilyPoolMemberEntity;
import cn.yibao.persistence.FamilyPoolMemberRepository;
import cn.yibao.persistence.FamilyPoolNetworkEntity;
import cn.yibao.persistence.FamilyPoolNetworkRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.PoolAccount;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.familyaid.ContributionPayment;
import cn.yibao.policy.familyaid.ContributionPaymentRules;
import cn.yibao.policy.familyaid.FamilyAidTerms;
import cn.yibao.policy.familyaid.FamilyNetwork;
import cn.yibao.policy.familyaid.MedicalPayment;
import cn.yibao.policy.familyaid.PersonFacts;
import cn.yibao.policy.familyaid.PoolPaymentRules;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import cn.yibao.service.metrics.ServiceMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The two money movements of a family pool; {@link FamilyPoolService} is their public face. */
@ApplicationScoped
class FamilyPoolPayments {

    private final FamilyFacts facts;
    private final FamilyPoolNetworkRepository networks;
    private final FamilyPoolMemberRepository members;
    private final FamilyPoolLedgerRepository entries;
    private final EnrollmentRepository enrollments;
    private final PoolLedger ledger;

    @Inject
    ServiceMetrics metrics;

    FamilyPoolPayments(
            FamilyFacts facts,
            FamilyPoolNetworkRepository networks,
            FamilyPoolMemberRepository members,
            FamilyPoolLedgerRepository entries,
            EnrollmentRepository enrollments,
            PoolLedger ledger) {
        this.facts = facts;
        this.networks = networks;
        this.members = members;
        this.entries = entries;
        this.enrollments = enrollments;
        this.ledger = ledger;
    }

    ContributionPaid payContribution(ContributionPaymentCommand c) {
        validate(c);
        String key = "contribution:"
                + (c.idempotencyKey() != null ? c.idempotencyKey() : c.relativePersonId() + "/" + c.year());
        String hash = Idempotency.hash(new ContributionPaymentCommand(
                c.networkId(),
                c.payerPersonId(),
                c.relativePersonId(),
                c.year(),
                c.residentRegion(),
                c.category(),
                c.amount(),
                c.paymentDate(),
                null));
        Optional<List<FamilyPoolLedgerEntryEntity>> replay = ledger.replay(key, hash);
        if (replay.isPresent()) {
            return replayed(replay.get());
        }
        FamilyPoolNetworkEntity n = networks.findByIdOptional(c.networkId()).orElseThrow(() -> notFound(c.networkId()));
        if (c.payerPersonId() != null && !c.payerPersonId().equals(n.founderId)) {
            throw new PolicyException(
                    ErrorCode.NOT_ELIGIBLE, "family.funding", "only the founder funds the pool (seed 003 (二)22)");
        }
        facts.person(c.relativePersonId());
        PersonEntity founder = facts.lockPerson(n.founderId);
        // Checked under the founder's lock, which every payment from this pool takes: two requests
        // for the same contribution under different keys could otherwise both pass the check.
        if (entries.contributionPaid(c.relativePersonId(), c.year())) {
            throw new PolicyException(
                    ErrorCode.CONFLICT,
                    "family.contribution.once",
                    "the " + c.year() + " contribution of " + c.relativePersonId() + " was already paid from a pool");
        }
        FamilyAidTerms terms = facts.termsForYear(Region.fromCode(n.region), c.year());
        FamilyNetwork network = facts.network(n, founder, c.paymentDate().getYear());
        ContributionPayment p = ContributionPaymentRules.pay(terms, network, request(c));
        FamilyPoolService.refuseUnless(p.decision());
        long group = ledger.record(new PoolLedger.Movement(
                n.id,
                founder,
                PoolAccount.CONTRIBUTIONS_PAID,
                c.amount(),
                key,
                hash,
                last(p.decision().explanations()).text(),
                p.decision().rule(),
                c.relativePersonId(),
                c.year(),
                p.channel(),
                c.paymentDate()));
        return new ContributionPaid(
                p.channel(),
                group,
                c.amount(),
                founder.historicalAccountBalance,
                p.deductionFrom(),
                p.resultVisibleFrom(),
                p.decision().explanations());
    }

    /** The tax channel of a payment for the relative, decided without the amount; empty if none applies. */
    Optional<PaymentChannel> decidedChannel(
            long networkId, long relativeId, Region residentRegion, int year, LocalDate paymentDate) {
        FamilyPoolNetworkEntity n = networks.findByIdOptional(networkId).orElseThrow(() -> notFound(networkId));
        FamilyAidTerms terms;
        try {
            terms = facts.termsForYear(Region.fromCode(n.region), year);
        } catch (PolicyException notPublished) {
            return Optional.empty();
        }
        FamilyNetwork network = facts.network(n, facts.person(n.founderId), paymentDate.getYear());
        return Optional.ofNullable(
                ContributionPaymentRules.decidedChannel(terms, network, String.valueOf(relativeId), residentRegion));
    }

    MedicalPoolPayment payMedical(long personId, Money burden, LocalDate date, String claimKey) {
        validate(burden, date);
        if (claimKey == null || claimKey.isBlank() || claimKey.length() > 200) {
            throw PolicyException.badInput("input.idempotency-key", "claimKey must have 1 to 200 characters");
        }
        Optional<FamilyPoolMemberEntity> membership = members.activeMembership(personId);
        if (membership.isEmpty() || !burden.isPositive()) {
            return MedicalPoolPayment.none();
        }
        String key = "medical:" + claimKey;
        String hash = Idempotency.hash(personId + "|" + burden + "|" + date);
        Optional<List<FamilyPoolLedgerEntryEntity>> replay = ledger.replay(key, hash);
        if (replay.isPresent()) {
            FamilyPoolLedgerEntryEntity paid = PoolLedger.entry(replay.get(), PoolAccount.MEDICAL_PAID);
            return new MedicalPoolPayment(paid.networkId, paid.amount, null, paid.entryGroup, List.of());
        }
        FamilyPoolNetworkEntity n = networks.findById(membership.get().networkId);
        PersonEntity founder = facts.lockPerson(n.founderId);
        MedicalPoolPayment m = medical(n, founder, personId, burden, date);
        metrics.poolMedicalRefused(m.poolRefusal());
        if (!m.pool().isPositive()) {
            return m;
        }
        Explanation line = last(m.explanations());
        long group = ledger.record(new PoolLedger.Movement(
                n.id,
                founder,
                PoolAccount.MEDICAL_PAID,
                m.pool(),
                key,
                hash,
                line.text(),
                line.rule(),
                personId,
                null,
                null,
                date));
        return new MedicalPoolPayment(n.id, m.pool(), null, group, m.explanations());
    }

    /** What the pool would pay now; nothing is locked or stored (for estimates). */
    MedicalPoolPayment previewMedical(long personId, Money burden, LocalDate date) {
        validate(burden, date);
        Optional<FamilyPoolMemberEntity> membership = members.activeMembership(personId);
        if (membership.isEmpty() || !burden.isPositive()) {
            return MedicalPoolPayment.none();
        }
        FamilyPoolNetworkEntity n = networks.findById(membership.get().networkId);
        return medical(n, facts.person(n.founderId), personId, burden, date);
    }

    private MedicalPoolPayment medical(
            FamilyPoolNetworkEntity n, PersonEntity founder, long personId, Money burden, LocalDate date) {
        FamilyAidTerms terms = facts.termsAt(Region.fromCode(n.region), date, Set.of(PoolMode.PAY_MEDICAL));
        FamilyNetwork network = facts.network(n, founder, date.getYear());
        // The claim adjudicator has already paid from the member's own historical account (§3.23 step 1).
        PersonFacts member = network.member(String.valueOf(personId)).person().withBalance(Money.ZERO);
        MedicalPayment m = PoolPaymentRules.payRemainingBurden(terms, network, member, burden);
        List<Explanation> poolLines = m.explanations().stream()
                .filter(e -> e.layer() == Layer.FAMILY_POOL)
                .toList();
        return new MedicalPoolPayment(n.id, m.pool(), m.poolRefusal(), null, poolLines);
    }

    private static void validate(Money burden, LocalDate date) {
        if (burden == null || burden.isNegative() || date == null) {
            throw PolicyException.badInput("input.family-pool", "a burden of at least 0 and a date are required");
        }
    }

    private ContributionPaymentRules.Request request(ContributionPaymentCommand c) {
        // Paid otherwise (cash, QR code, school): an enrolment of the year with another payer.
        boolean paidOtherwise = enrollments
                .find(c.relativePersonId(), c.year(), Scheme.RESIDENT)
                .map(e -> e.payer != Payer.FAMILY_POOL)
                .orElse(false);
        return new ContributionPaymentRules.Request(
                String.valueOf(c.relativePersonId()),
                c.residentRegion(),
                c.category(),
                c.amount(),
                c.paymentDate().atStartOfDay(),
                paidOtherwise);
    }

    private static ContributionPaid replayed(List<FamilyPoolLedgerEntryEntity> group) {
        FamilyPoolLedgerEntryEntity founder = PoolLedger.entry(group, PoolAccount.FOUNDER_HISTORICAL);
        FamilyPoolLedgerEntryEntity paid = PoolLedger.entry(group, PoolAccount.CONTRIBUTIONS_PAID);
        return new ContributionPaid(
                paid.paymentChannel, paid.entryGroup, paid.amount, founder.balanceAfter, null, null, List.of());
    }

    private static void validate(ContributionPaymentCommand c) {
        Inputs.year(c.year());
        if (c.amount() == null || !c.amount().isPositive()) {
            throw PolicyException.badInput("input.amount", "the contribution amount must be above 0");
        }
        if (c.paymentDate() == null || c.residentRegion() == null) {
            throw PolicyException.badInput("input.family-pool", "paymentDate and residentRegion are required");
        }
        if (c.idempotencyKey() != null
                && (c.idempotencyKey().isBlank() || c.idempotencyKey().length() > 200)) {
            throw PolicyException.badInput("input.idempotency-key", "idempotencyKey must have 1 to 200 characters");
        }
    }

    private static Explanation last(List<Explanation> lines) {
        return lines.get(lines.size() - 1);
    }

    static PolicyException notFound(long networkId) {
        return new PolicyException(ErrorCode.NOT_FOUND, "family.network", "no family pool network " + networkId);
    }
}
