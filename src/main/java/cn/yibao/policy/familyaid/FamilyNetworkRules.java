package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Relation;
import cn.yibao.policy.parameters.FamilyAid.Network;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Creating a network or binding, adding members, changing modes and viewing (SPEC §3.21, §3.22,
 * §7 "Family mutual aid through one API"). Pure decisions: the caller stores the network.
 */
public final class FamilyNetworkRules {

    private FamilyNetworkRules() {}

    /** `[family.sh.create]` / `[family.zj.bind]`: may {@code founder} create a network with {@code modes}? */
    public static FamilyAidDecision create(FamilyAidTerms terms, PersonFacts founder, Set<PoolMode> modes) {
        List<Explanation> lines = new ArrayList<>(terms.notes());
        String rule = terms.model() == FamilyAidModel.NETWORK ? "family.sh.create" : "family.zj.bind";
        FamilyAidDecision refused = FamilyAidChecks.founder(terms, founder, modes, lines);
        if (refused != null) {
            return refused;
        }
        if (founder.networkId() != null) {
            return FamilyAidChecks.refuse(
                    ErrorCode.ALREADY_IN_NETWORK,
                    rule,
                    founder.id() + " already belongs to " + founder.networkId()
                            + "; a founder is in no other network (P15)",
                    source(terms),
                    lines);
        }
        lines.add(Explanation.note(rule, "Network created with modes " + modes, source(terms)));
        return FamilyAidDecision.allowed(rule, lines);
    }

    /** `[family.*.member]`: may {@code person} join as {@code relation}, under every enabled mode? */
    public static FamilyAidDecision addMember(
            FamilyAidTerms terms, FamilyNetwork network, PersonFacts person, Relation relation) {
        List<Explanation> lines = new ArrayList<>(2);
        String rule = terms.model() == FamilyAidModel.NETWORK ? "family.sh.member" : "family.zj.bind";
        if (network.includes(person.id())) {
            return FamilyAidChecks.refuse(
                    ErrorCode.CONFLICT, rule, person.id() + " is already in this network", source(terms), lines);
        }
        FamilyAidDecision refused =
                FamilyAidChecks.member(terms, network.id(), network.modes(), person, relation, lines);
        if (refused != null) {
            return refused;
        }
        return FamilyAidDecision.allowed(rule, lines);
    }

    /**
     * `[family.modes]`: founder only; the founder and every member are re-checked against the new
     * modes. In the network model, PAY_CONTRIBUTION switched on after the mode deadline is allowed
     * but misses that year's batch (explained; {@link PoolPaymentRules} then refuses DEADLINE_PASSED).
     */
    public static FamilyAidDecision setModes(
            FamilyAidTerms terms, FamilyNetwork network, String actorId, Set<PoolMode> modes, LocalDateTime at) {
        List<Explanation> lines = new ArrayList<>(network.members().size() + 2);
        if (!network.founder().id().equals(actorId)) {
            return FamilyAidChecks.refuse(
                    ErrorCode.NOT_ELIGIBLE, "family.modes", "Only the founder changes modes", source(terms), lines);
        }
        if (terms.model() == FamilyAidModel.AUTHORISATION) {
            FamilyAidDecision refused = FamilyAidChecks.founder(terms, network.founder(), modes, lines);
            if (refused != null) {
                return refused;
            }
        }
        for (Member m : network.members()) {
            FamilyAidDecision refused =
                    FamilyAidChecks.member(terms, network.id(), modes, m.person(), m.relation(), lines);
            if (refused != null) {
                lines = new ArrayList<>(refused.explanations());
                lines.add(Explanation.note(
                        "family.modes",
                        "Mode change refused: member " + m.person().id() + " would no longer qualify",
                        source(terms)));
                return FamilyAidDecision.refused(refused.refusal(), "family.modes", lines);
            }
        }
        deadlineNote(terms, network, modes, at, lines);
        lines.add(Explanation.note("family.modes", "Modes set to " + modes + " at " + at, source(terms)));
        return FamilyAidDecision.allowed("family.modes", lines);
    }

    /** `[family.sh.view]`: the founder sees every member; a member sees the founder and itself only. */
    public static List<PersonFacts> visibleTo(FamilyNetwork network, String viewerId) {
        List<PersonFacts> out = new ArrayList<>(network.members().size() + 1);
        boolean founder = network.founder().id().equals(viewerId);
        Member self = network.member(viewerId);
        if (!founder && self == null) {
            return List.of();
        }
        out.add(network.founder());
        for (Member m : network.members()) {
            if (founder || m == self) {
                out.add(m.person());
            }
        }
        return out;
    }

    private static void deadlineNote(
            FamilyAidTerms terms,
            FamilyNetwork network,
            Set<PoolMode> modes,
            LocalDateTime at,
            List<Explanation> lines) {
        if (terms.model() != FamilyAidModel.NETWORK
                || network.modes().contains(PoolMode.PAY_CONTRIBUTION)
                || !modes.contains(PoolMode.PAY_CONTRIBUTION)) {
            return;
        }
        Network n = terms.aid().network().require("family.sh.contribution");
        if (at.isAfter(n.modeDeadline())) {
            lines.add(Explanation.note(
                    "family.sh.contribution",
                    "PAY_CONTRIBUTION chosen after the deadline " + n.modeDeadline() + ": the " + terms.year()
                            + " contribution batch will not deduct",
                    terms.aid().network().source()));
        }
    }

    static Source source(FamilyAidTerms terms) {
        return terms.model() == FamilyAidModel.NETWORK
                ? terms.aid().network().source()
                : terms.aid().contribution().isPublished()
                        ? terms.aid().contribution().source()
                        : terms.aid().medical().source();
    }
}
