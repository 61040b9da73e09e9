package cn.yibao.service;

import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.persistence.EnrollmentLineEntity;
import cn.yibao.persistence.EnrollmentRepository;
import cn.yibao.persistence.ExplanationLineRepository;
import cn.yibao.persistence.FamilyPoolNetworkEntity;
import cn.yibao.persistence.FamilyPoolNetworkRepository;
import cn.yibao.persistence.InsuredYearEntity;
import cn.yibao.persistence.InsuredYearRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.PersonYearKey;
import cn.yibao.persistence.YearTotalsRepository;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.enrollment.CoverageStatus;
import cn.yibao.policy.enrollment.EnrollmentQuote;
import cn.yibao.policy.enrollment.InsuranceHistory;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.service.audit.AuditDetails;
import cn.yibao.service.audit.AuditTrail;
import cn.yibao.service.security.Access;
import cn.yibao.service.security.Caller;
import cn.yibao.service.security.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Enrolling a person for a policy year: the rules decide, and the result commits in one transaction. */
@ApplicationScoped
public class EnrollmentService {

    private final PolicyCatalog catalog;
    private final PersonService persons;
    private final EnrollmentRepository enrollments;
    private final ExplanationLineRepository lines;
    private final InsuredYearRepository insuredYears;
    private final YearTotalsRepository totals;
    private final HistoryLoader history;
    private final Idempotency idempotency;
    private final FamilyPoolService familyPool;
    private final FamilyPoolNetworkRepository networks;
    private final AuditTrail audit;

    @Inject
    RateLimiter limits;

    EnrollmentService(
            PolicyCatalog catalog,
            PersonService persons,
            EnrollmentRepository enrollments,
            ExplanationLineRepository lines,
            InsuredYearRepository insuredYears,
            YearTotalsRepository totals,
            HistoryLoader history,
            Idempotency idempotency,
            FamilyPoolService familyPool,
            FamilyPoolNetworkRepository networks,
            AuditTrail audit) {
        this.catalog = catalog;
        this.persons = persons;
        this.enrollments = enrollments;
        this.lines = lines;
        this.insuredYears = insuredYears;
        this.totals = totals;
        this.history = history;
        this.idempotency = idempotency;
        this.familyPool = familyPool;
        this.networks = networks;
        this.audit = audit;
    }

    @Transactional
    public EnrollmentEntity enroll(Caller caller, EnrollCommand c) {
        authorize(caller, c);
        limits.moneyMutation(caller);
        String hash = Idempotency.hash(c.toString().replace("idempotencyKey=" + c.idempotencyKey(), ""));
        var replay = idempotency.replay(c.idempotencyKey(), "enroll", hash);
        if (replay.isPresent()) {
            return enrollments.findById(replay.get());
        }
        // Locked as a claim locks it: enrollments and claims of one person change the year's totals in turn.
        PersonEntity person = persons.lock(c.personId());
        Region region = Inputs.region(c.region());
        Inputs.year(c.year());
        if (c.paymentDate() == null) {
            throw PolicyException.badInput("input.payment-date", "paymentDate is required");
        }
        Scheme scheme = c.scheme() == null ? Scheme.RESIDENT : c.scheme();
        Payer payer = c.payer() == null ? Payer.SELF : c.payer();
        checkNotEnrolled(person.id, c.year(), scheme);
        EnrollmentDecision d =
                scheme == Scheme.RESIDENT ? resident(c, person, region, payer) : employee(c, person, region, payer);
        EnrollmentEntity e = persist(c, person, region, scheme, payer, d);
        auditMoney(e, d);
        idempotency.remember(c.idempotencyKey(), "enroll", hash, e.id);
        return e;
    }

    /**
     * The person itself or an officer of its region enrolls; a citizen may also pay a relative's
     * contribution from the family network it founded (its own account pays, SPEC §3.21–§3.22).
     */
    private void authorize(Caller caller, EnrollCommand c) {
        PersonEntity person = persons.get(c.personId());
        Access.signedIn(caller);
        if (caller.personId() != null && c.payer() == Payer.FAMILY_POOL) {
            // Only the account holder spends the pool: the citizen must have founded that network.
            boolean founder = c.familyPoolNetworkId() != null
                    && networks.findByIdOptional(c.familyPoolNetworkId())
                            .map(n -> caller.personId().equals(n.founderId))
                            .orElse(false);
            if (!founder) {
                throw Access.forbidden(caller, "pay from family network " + c.familyPoolNetworkId());
            }
            return;
        }
        Access.actFor(caller, person.id, Region.fromCode(person.region));
    }

    /** The contribution paid (by whichever payer; a family pool's debit is audited by its ledger too) and an employee account credit. */
    private void auditMoney(EnrollmentEntity e, EnrollmentDecision d) {
        String target = AuditTrail.target("enrollment", e.id);
        if (e.amountDue.isPositive()) {
            audit.money(
                    "contribution",
                    target,
                    e.amountDue,
                    AuditDetails.of(
                            "enrollmentId", e.id,
                            "personId", e.personId,
                            "year", e.year,
                            "scheme", e.scheme,
                            "payer", e.payer,
                            "channel", e.paymentChannel,
                            "familyPoolNetworkId", e.familyPoolNetworkId));
        }
        if (d.currentAccountCredit() != null && d.currentAccountCredit().isPositive()) {
            audit.money(
                    "account.credit",
                    target,
                    d.currentAccountCredit(),
                    AuditDetails.of("enrollmentId", e.id, "personId", e.personId, "year", e.year));
        }
    }

    private EnrollmentDecision resident(EnrollCommand c, PersonEntity person, Region region, Payer payer) {
        InsuranceHistory h = history.before(person.id, c.year());
        boolean firstCollegeYear = h.status(c.year() - 1) != CoverageStatus.RESIDENT;
        FamilyPoolNetworkEntity network = payer == Payer.FAMILY_POOL ? network(c) : null;
        EnrollmentQuote quote;
        try {
            quote = ResidentEnrollment.quote(
                    catalog.resident(region, c.year()),
                    person,
                    h,
                    c.paymentDate(),
                    payer,
                    c.backPaidYears(),
                    firstCollegeYear,
                    network == null ? null : network.contributionModeSince);
        } catch (PolicyException e) {
            if (network == null || e.code() != ErrorCode.POLICY_NOT_PUBLISHED) {
                throw e;
            }
            // SPEC E8, E10: the amount is not published, the pool's channel decision stands — say which.
            throw familyPool
                    .decidedChannel(network.id, person.id, region, c.year(), c.paymentDate())
                    .map(ch -> new PolicyException(
                            e.code(),
                            e.ruleId(),
                            e.getMessage() + "; the family pool's tax channel is decided: " + ch
                                    + " (the relative is resident-insured in " + region.code()
                                    + ", family.zj.channel)"))
                    .orElse(e);
        }
        if (network == null) {
            return ResidentEnrollment.decision(quote, ResidentEnrollment.channel(payer), List.of());
        }
        // Paid from the pool in the same transaction: a refusal rolls the enrollment back too (SPEC §7).
        ContributionPaid paid = familyPool.payContribution(new ContributionPaymentCommand(
                network.id,
                null,
                person.id,
                c.year(),
                region,
                quote.category(),
                quote.amountDue(),
                c.paymentDate(),
                c.idempotencyKey() == null ? null : "enroll:" + c.idempotencyKey()));
        return ResidentEnrollment.decision(quote, paid.channel(), paid.explanations());
    }

    private FamilyPoolNetworkEntity network(EnrollCommand c) {
        if (c.familyPoolNetworkId() == null) {
            throw PolicyException.badInput("input.family-pool", "payer FAMILY_POOL needs familyPoolNetworkId");
        }
        return networks.findByIdOptional(c.familyPoolNetworkId())
                .orElseThrow(() -> new PolicyException(
                        ErrorCode.NOT_FOUND, "family.network", "no family network " + c.familyPoolNetworkId()));
    }

    private EnrollmentDecision employee(EnrollCommand c, PersonEntity person, Region region, Payer payer) {
        if (payer != Payer.SELF) {
            throw PolicyException.badInput(
                    "input.payer", "employee contributions are paid by the employee (payer SELF)");
        }
        boolean employeeLastYear = history.employeeIn(person.id, c.year() - 1);
        boolean residentLastYear = history.before(person.id, c.year()).status(c.year() - 1) == CoverageStatus.RESIDENT;
        return EmployeeEnrollment.decide(
                catalog.employee(region, c.year()), person, c.paymentDate(), employeeLastYear, residentLastYear);
    }

    private void checkNotEnrolled(long personId, int year, Scheme scheme) {
        if (enrollments.find(personId, year, scheme).isPresent()
                || insuredYears
                        .findByIdOptional(new PersonYearKey(personId, year, scheme))
                        .isPresent()) {
            throw new PolicyException(
                    ErrorCode.CONFLICT, "enrollment.unique", "already enrolled or recorded for " + year + " " + scheme);
        }
    }

    private EnrollmentEntity persist(
            EnrollCommand c, PersonEntity person, Region region, Scheme scheme, Payer payer, EnrollmentDecision d) {
        EnrollmentEntity e = EnrollmentMapping.entity(c, person, region, scheme, payer, d);
        enrollments.persist(e);
        short seq = 0;
        for (Explanation x : d.lines()) {
            EnrollmentLineEntity l = new EnrollmentLineEntity();
            l.ownerId = e.id;
            l.seq = seq++;
            l.rule = x.rule();
            l.text = x.text();
            l.source = x.source().cite();
            lines.persist(l);
        }
        InsuredYearEntity y = new InsuredYearEntity();
        y.personId = person.id;
        y.year = c.year();
        y.scheme = scheme;
        y.region = region.code();
        y.paidInWindow = d.inWindow();
        y.origin = "ENROLLMENT";
        insuredYears.persist(y);
        totals.lockOrCreate(person.id, c.year(), scheme).currentAccount = d.currentAccountCredit();
        return e;
    }
}
