package cn.yibao.service;

import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.persistence.EnrollmentRepository;
import cn.yibao.persistence.FamilyPoolMemberRepository;
import cn.yibao.persistence.FamilyPoolNetworkEntity;
import cn.yibao.persistence.FamilyPoolNetworkRepository;
import cn.yibao.persistence.InsuredYearRepository;
import cn.yibao.persistence.PersonRepository;
import cn.yibao.persistence.PersonYearKey;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.familyaid.PersonFacts;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.FamilyAid;
import cn.yibao.service.security.Access;
import cn.yibao.service.security.Caller;
import cn.yibao.service.security.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Shanghai's December batch (SPEC §2.7.3, §3.22 payContribution, E11): from the deduction date
 * (16 Dec) it goes over every active Shanghai network whose founder chose PAY_CONTRIBUTION by the
 * deadline (15 Dec 17:00) and kept it, and pays each member's resident contribution for the year
 * from the founder's historical balance by enrolling the member with payer FAMILY_POOL through
 * {@link EnrollmentService#enroll}: the enrolment and the payment commit together, one transaction
 * per member, so a refusal (category not paid by the pool, fund not greater than the amount, …) or
 * a crash loses one member's attempt and nothing else.
 *
 * <p>Safe to re-run: a member already enrolled (or recorded) for the year is skipped, and each
 * enrolment carries the idempotency key {@code shanghai-batch:<network>:<member>:<year>}, so a
 * retry of a member whose first attempt committed moves no more money. Two runs at the same time
 * move no money twice either (the key's advisory lock, the unique enrolment), but their counts may
 * both report such a member as paid.
 *
 * <p>Progress goes to the log (category {@code cn.yibao.service.ShanghaiContributionBatch}): the
 * start, about twenty progress lines, each refusal (ids and codes only, no personal data) at DEBUG,
 * and the totals.
 */
@ApplicationScoped
public class ShanghaiContributionBatch {

    private static final Logger LOG = Logger.getLogger(ShanghaiContributionBatch.class);

    /** What a run did; {@code refusals}: members the rules refused, by error code. */
    public record Result(
            int year,
            LocalDate runDate,
            int networks,
            int members,
            int paid,
            int alreadyEnrolled,
            int employeeInsured,
            int refused,
            Money amountPaid,
            Map<ErrorCode, Integer> refusals) {

        public Result {
            refusals = Map.copyOf(refusals);
        }
    }

    private final FamilyFacts facts;
    private final FamilyPoolNetworkRepository networks;
    private final FamilyPoolMemberRepository members;
    private final PersonRepository persons;
    private final EnrollmentRepository enrollments;
    private final InsuredYearRepository insuredYears;
    private final EnrollmentService enrollmentService;

    @Inject
    RateLimiter limits;

    ShanghaiContributionBatch(
            FamilyFacts facts,
            FamilyPoolNetworkRepository networks,
            FamilyPoolMemberRepository members,
            PersonRepository persons,
            EnrollmentRepository enrollments,
            InsuredYearRepository insuredYears,
            EnrollmentService enrollmentService) {
        this.facts = facts;
        this.networks = networks;
        this.members = members;
        this.persons = persons;
        this.enrollments = enrollments;
        this.insuredYears = insuredYears;
        this.enrollmentService = enrollmentService;
    }

    /**
     * Runs the batch for contribution year {@code year} on business date {@code runDate} (the
     * enrolments' payment date). {@code onlyNetworks}: null = every qualifying network; otherwise
     * only those of the given ids that qualify (e.g. to re-run one family's payment).
     * Not transactional itself: each member is its own transaction.
     */
    @ActivateRequestContext
    public Result run(Caller caller, int year, LocalDate runDate, Collection<Long> onlyNetworks) {
        Access.officerOf(caller, Region.SHANGHAI);
        limits.moneyMutation(caller);
        Inputs.year(year);
        if (runDate == null) {
            throw PolicyException.badInput("input.run-date", "runDate is required");
        }
        FamilyAid.Network terms =
                facts.termsForYear(Region.SHANGHAI, year).aid().network().require("family.sh.batch");
        if (runDate.isBefore(terms.deductionFrom())) {
            throw PolicyException.badInput(
                    "family.sh.batch",
                    "the " + year + " contributions are deducted from " + terms.deductionFrom() + ", not on "
                            + runDate);
        }
        List<Long> ids = qualifying(terms, onlyNetworks);
        LOG.infof(
                "Shanghai contribution batch %d, run date %s: %d networks with PAY_CONTRIBUTION chosen by %s",
                year, runDate, ids.size(), terms.modeDeadline());
        Tally t = new Tally();
        int every = Math.max(1, ids.size() / 20);
        for (int i = 0; i < ids.size(); i++) {
            long networkId = ids.get(i);
            List<Long> memberIds = members.activeIn(List.of(networkId)).stream()
                    .map(m -> m.personId)
                    .toList();
            Map<Long, PersonFacts> insured =
                    memberIds.isEmpty() ? Map.of() : facts.facts(persons.byIds(memberIds), year);
            for (long personId : memberIds) {
                t.members++;
                if (insured.get(personId).scheme() == Scheme.EMPLOYEE) {
                    // insured as an employee for the year: no resident contribution to pay
                    t.employees++;
                } else {
                    payOne(caller, networkId, personId, year, runDate, t);
                }
            }
            if ((i + 1) % every == 0 || i + 1 == ids.size()) {
                LOG.infof(
                        "Shanghai contribution batch %d: %d/%d networks, %d members: %d paid (%s), %d already"
                                + " enrolled, %d employee-insured, %d refused",
                        year, i + 1, ids.size(), t.members, t.paid, t.amount, t.already, t.employees, t.refused());
            }
        }
        Result r = new Result(
                year,
                runDate,
                ids.size(),
                t.members,
                t.paid,
                t.already,
                t.employees,
                t.refused(),
                t.amount,
                t.refusals);
        LOG.infof(
                "Shanghai contribution batch %d, run date %s done: %d networks, %d members, %d paid (%s),"
                        + " %d already enrolled, %d employee-insured, %d refused %s",
                year,
                runDate,
                r.networks(),
                r.members(),
                r.paid(),
                r.amountPaid(),
                r.alreadyEnrolled(),
                r.employeeInsured(),
                r.refused(),
                r.refusals());
        return r;
    }

    /** Active Shanghai networks with PAY_CONTRIBUTION set by the deadline and still set, by id. */
    private List<Long> qualifying(FamilyAid.Network terms, Collection<Long> onlyNetworks) {
        String where = "active = true and region = ?1 and payContribution = true and contributionModeSince <= ?2";
        List<FamilyPoolNetworkEntity> found = onlyNetworks == null
                ? networks.list(where + " order by id", Region.SHANGHAI.code(), terms.modeDeadline())
                : onlyNetworks.isEmpty()
                        ? List.of()
                        : networks.list(
                                where + " and id in ?3 order by id",
                                Region.SHANGHAI.code(),
                                terms.modeDeadline(),
                                onlyNetworks);
        return found.stream().map(n -> n.id).toList();
    }

    private void payOne(Caller caller, long networkId, long personId, int year, LocalDate runDate, Tally t) {
        if (enrolled(personId, year)) {
            t.already++;
            return;
        }
        try {
            EnrollmentEntity e = enrollmentService.enroll(
                    caller,
                    new EnrollCommand(
                            personId,
                            Region.SHANGHAI.code(),
                            year,
                            Scheme.RESIDENT,
                            runDate,
                            Payer.FAMILY_POOL,
                            networkId,
                            0,
                            key(networkId, personId, year)));
            t.paid++;
            t.amount = t.amount.plus(e.amountDue);
        } catch (PolicyException ex) {
            if (ex.code() == ErrorCode.CONFLICT && enrolled(personId, year)) {
                // enrolled meanwhile (another run, or the member paid otherwise): nothing to do
                t.already++;
                return;
            }
            t.refusals.merge(ex.code(), 1, Integer::sum);
            LOG.debugf(
                    "Shanghai contribution batch %d: network %d member %d refused: %s (%s)",
                    year, networkId, personId, ex.code(), ex.ruleId());
        }
    }

    /** A resident enrolment or a recorded resident year: paid by the pool before, or otherwise. */
    private boolean enrolled(long personId, int year) {
        return enrollments.find(personId, year, Scheme.RESIDENT).isPresent()
                || insuredYears
                        .findByIdOptional(new PersonYearKey(personId, year, Scheme.RESIDENT))
                        .isPresent();
    }

    /** The idempotency key of a member's batch payment: the same on every run. */
    static String key(long networkId, long personId, int year) {
        return "shanghai-batch:" + networkId + ":" + personId + ":" + year;
    }

    private static final class Tally {
        int members;
        int paid;
        int already;
        int employees;
        Money amount = Money.ZERO;
        final Map<ErrorCode, Integer> refusals = new EnumMap<>(ErrorCode.class);

        int refused() {
            return refusals.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
