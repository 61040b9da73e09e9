package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.Relation;

/** A member of a network, or a relative bound by an authoriser, with the relation to the founder. */
public record Member(PersonFacts person, @Nullable Relation relation) {}
