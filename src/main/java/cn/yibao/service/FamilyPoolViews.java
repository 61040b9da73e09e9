package cn.yibao.service;

import cn.yibao.persistence.FamilyPoolLedgerEntryEntity;
import cn.yibao.persistence.FamilyPoolLedgerRepository;
import cn.yibao.persistence.FamilyPoolMemberEntity;
import cn.yibao.persistence.FamilyPoolMemberRepository;
import cn.yibao.persistence.FamilyPoolNetworkEntity;
import cn.yibao.persistence.FamilyPoolNetworkRepository;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.persistence.PersonRepository;
import cn.yibao.persistence.PoolAccount;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.familyaid.FamilyNetwork;
import cn.yibao.policy.familyaid.FamilyNetworkRules;
import cn.yibao.policy.familyaid.Member;
import cn.yibao.policy.familyaid.PersonFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading networks and statements, each in a constant number of queries. Who sees what is the
 * core's `[family.sh.view]`: the founder sees every member, a member the founder and itself.
 */
@ApplicationScoped
class FamilyPoolViews {

    static final int MAX_PAGE = 100;

    private final FamilyPoolNetworkRepository networks;
    private final FamilyPoolMemberRepository members;
    private final FamilyPoolLedgerRepository ledger;
    private final PersonRepository persons;
    private final FamilyFacts facts;

    FamilyPoolViews(
            FamilyPoolNetworkRepository networks,
            FamilyPoolMemberRepository members,
            FamilyPoolLedgerRepository ledger,
            PersonRepository persons,
            FamilyFacts facts) {
        this.networks = networks;
        this.members = members;
        this.ledger = ledger;
        this.persons = persons;
        this.facts = facts;
    }

    FamilyPoolDetails founderView(FamilyPoolNetworkEntity n, PersonEntity founder) {
        Map<Long, PersonEntity> people = new HashMap<>();
        people.put(founder.id, founder);
        return view(n, null, members.activeIn(List.of(n.id)), people);
    }

    FamilyPoolDetails view(FamilyPoolNetworkEntity n, Long viewerId) {
        return view(n, viewerId, members.activeIn(List.of(n.id)), new HashMap<>());
    }

    Map<Long, FamilyPoolDetails> ownViews(List<Long> personIds) {
        Map<Long, FamilyPoolDetails> out = new HashMap<>();
        Map<Long, Long> networkOf = facts.currentNetworks(personIds);
        if (networkOf.isEmpty()) {
            return out;
        }
        Set<Long> ids = new HashSet<>(networkOf.values());
        Map<Long, List<FamilyPoolMemberEntity>> byNetwork = new HashMap<>();
        for (FamilyPoolMemberEntity m : members.activeIn(ids)) {
            byNetwork.computeIfAbsent(m.networkId, k -> new ArrayList<>()).add(m);
        }
        Map<Long, FamilyPoolNetworkEntity> found = new HashMap<>();
        for (FamilyPoolNetworkEntity n : networks.byIds(ids)) {
            found.put(n.id, n);
        }
        // Every founder and member in one query, so that any number of persons costs the same.
        List<Long> everyone = new ArrayList<>();
        found.values().forEach(n -> everyone.add(n.founderId));
        byNetwork.values().forEach(list -> list.forEach(m -> everyone.add(m.personId)));
        Map<Long, PersonEntity> people = new HashMap<>();
        load(people, everyone);
        for (Map.Entry<Long, Long> e : networkOf.entrySet()) {
            FamilyPoolNetworkEntity n = found.get(e.getValue());
            out.put(e.getKey(), view(n, e.getKey(), byNetwork.getOrDefault(n.id, List.of()), people));
        }
        return out;
    }

    PoolStatement statement(FamilyPoolNetworkEntity n, Long viewerId, int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            throw PolicyException.badInput("input.first", "first must be between 1 and " + MAX_PAGE);
        }
        // Only the founder (or the founder's view, without a viewer) sees every movement.
        Long only = null;
        if (viewerId != null && viewerId.longValue() != n.founderId) {
            view(n, viewerId); // NOT_ELIGIBLE for a stranger
            only = viewerId;
        }
        List<FamilyPoolLedgerEntryEntity> heads = ledger.statement(n.id, only, decode(after), first + 1);
        boolean more = heads.size() > first;
        List<FamilyPoolLedgerEntryEntity> page = more ? heads.subList(0, first) : heads;
        Map<Long, List<FamilyPoolLedgerEntryEntity>> groups = new LinkedHashMap<>();
        List<Long> groupIds = page.stream().map(e -> e.entryGroup).toList();
        if (!groupIds.isEmpty()) {
            for (FamilyPoolLedgerEntryEntity e : ledger.groups(groupIds)) {
                groups.computeIfAbsent(e.entryGroup, k -> new ArrayList<>()).add(e);
            }
        }
        Map<Long, PersonEntity> people = new HashMap<>();
        load(people, page.stream().map(e -> e.beneficiaryId).toList());
        List<PoolStatement.Movement> movements = new ArrayList<>(page.size());
        for (FamilyPoolLedgerEntryEntity head : page) {
            movements.add(movement(head, groups.get(head.entryGroup), people.get(head.beneficiaryId)));
        }
        String end =
                movements.isEmpty() ? null : movements.get(movements.size() - 1).cursor();
        return new PoolStatement(movements, more, end);
    }

    private static PoolStatement.Movement movement(
            FamilyPoolLedgerEntryEntity head, List<FamilyPoolLedgerEntryEntity> group, PersonEntity beneficiary) {
        List<PoolStatement.Entry> entries = new ArrayList<>(2);
        PoolAccount paidTo = null;
        Money amount = Money.ZERO;
        for (FamilyPoolLedgerEntryEntity e : group) {
            entries.add(new PoolStatement.Entry(e.account, e.amount));
            if (e.account != PoolAccount.FOUNDER_HISTORICAL) {
                paidTo = e.account;
                amount = e.amount;
            }
        }
        return new PoolStatement.Movement(
                head.entryGroup,
                encode(head.entryGroup),
                paidTo,
                beneficiary,
                amount,
                head.balanceAfter,
                head.contributionYear,
                head.paymentChannel,
                head.businessDate,
                head.reason,
                head.rule,
                head.createdAt,
                entries);
    }

    private FamilyPoolDetails view(
            FamilyPoolNetworkEntity n,
            Long viewerId,
            List<FamilyPoolMemberEntity> rows,
            Map<Long, PersonEntity> people) {
        List<Long> needed = new ArrayList<>(rows.size() + 1);
        needed.add(n.founderId);
        rows.forEach(m -> needed.add(m.personId));
        load(people, needed);
        PersonEntity founder = people.get(n.founderId);
        // The core decides visibility; it needs ids only.
        List<Member> list = new ArrayList<>(rows.size());
        for (FamilyPoolMemberEntity m : rows) {
            list.add(new Member(idOnly(m.personId, Money.ZERO), m.relation));
        }
        FamilyNetwork network = new FamilyNetwork(
                String.valueOf(n.id),
                n.model,
                idOnly(n.founderId, founder.historicalAccountBalance),
                n.modes(),
                n.contributionModeSince,
                list);
        String viewer = String.valueOf(viewerId == null ? n.founderId : viewerId);
        List<PersonFacts> visible = FamilyNetworkRules.visibleTo(network, viewer);
        if (visible.isEmpty()) {
            throw new PolicyException(
                    ErrorCode.NOT_ELIGIBLE, "family.sh.view", "only the founder and the members see network " + n.id);
        }
        List<FamilyPoolDetails.MemberDetails> shown = new ArrayList<>();
        for (FamilyPoolMemberEntity m : rows) {
            if (visible.stream().anyMatch(p -> p.id().equals(String.valueOf(m.personId)))) {
                shown.add(new FamilyPoolDetails.MemberDetails(people.get(m.personId), m.relation));
            }
        }
        return new FamilyPoolDetails(
                n.id, n.model, founder, shown, n.modes(), founder.historicalAccountBalance, n.active);
    }

    private void load(Map<Long, PersonEntity> people, List<Long> ids) {
        List<Long> missing =
                ids.stream().filter(id -> !people.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            for (PersonEntity p : persons.byIds(missing)) {
                people.put(p.id, p);
            }
        }
    }

    private static PersonFacts idOnly(long id, Money balance) {
        return new PersonFacts(String.valueOf(id), null, null, balance, false, null);
    }

    static String encode(long group) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("g" + group).getBytes(StandardCharsets.UTF_8));
    }

    static Long decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.length() < 2 || s.charAt(0) != 'g') {
                throw new IllegalArgumentException(s);
            }
            return Long.parseLong(s.substring(1));
        } catch (IllegalArgumentException e) {
            throw PolicyException.badInput("input.after", "after is not a cursor of this statement");
        }
    }
}
