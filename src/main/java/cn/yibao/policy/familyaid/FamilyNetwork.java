package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.PoolMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A family network (Shanghai) or an authoriser's set of bindings (Zhejiang), as the caller stores
 * it. {@code contributionModeSince}: when PAY_CONTRIBUTION was last switched on (null if off).
 */
public record FamilyNetwork(
        String id,
        FamilyAidModel model,
        PersonFacts founder,
        Set<PoolMode> modes,
        @Nullable LocalDateTime contributionModeSince,
        List<Member> members) {

    public FamilyNetwork {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(founder, "founder");
        modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
        members = List.copyOf(members);
    }

    public FamilyNetwork withMember(Member member) {
        List<Member> more = new ArrayList<>(members);
        more.add(new Member(member.person().inNetwork(id), member.relation()));
        return new FamilyNetwork(id, model, founder, modes, contributionModeSince, more);
    }

    /** The network after a mode change made at {@code at}. */
    public FamilyNetwork withModes(Set<PoolMode> newModes, LocalDateTime at) {
        boolean had = modes.contains(PoolMode.PAY_CONTRIBUTION);
        boolean has = newModes.contains(PoolMode.PAY_CONTRIBUTION);
        LocalDateTime since = has ? (had ? contributionModeSince : at) : null;
        return new FamilyNetwork(id, model, founder, newModes, since, members);
    }

    public FamilyNetwork withFounder(PersonFacts newFounder) {
        return new FamilyNetwork(id, model, newFounder, modes, contributionModeSince, members);
    }

    public Member member(String personId) {
        for (Member m : members) {
            if (m.person().id().equals(personId)) {
                return m;
            }
        }
        return null;
    }

    public boolean includes(String personId) {
        return founder.id().equals(personId) || member(personId) != null;
    }
}
