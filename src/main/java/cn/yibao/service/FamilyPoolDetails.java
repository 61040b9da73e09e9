package cn.yibao.service;

import cn.yibao.persistence.PersonEntity;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.familyaid.FamilyAidModel;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Relation;
import java.util.List;
import java.util.Set;

/**
 * A network as one viewer may see it: {@code members} holds only what the viewer may see (the
 * founder sees every member, a member only itself, SPEC §3.22 view). {@code fundBalance} is the
 * founder's historical balance.
 */
public record FamilyPoolDetails(
        long id,
        FamilyAidModel model,
        PersonEntity founder,
        List<MemberDetails> members,
        Set<PoolMode> modes,
        Money fundBalance,
        boolean active) {

    public FamilyPoolDetails {
        members = List.copyOf(members);
        modes = Set.copyOf(modes);
    }

    public record MemberDetails(PersonEntity person, Relation relation) {}
}
