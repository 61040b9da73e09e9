package cn.yibao.api.types;

import cn.yibao.policy.model.Relation;
import cn.yibao.service.FamilyPoolDetails;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FamilyPoolMember")
@Description("A member of a family mutual-aid network (共济成员), or a relative bound by an authoriser.")
public record FamilyPoolMemberView(
        @NonNull PersonView person, @NonNull @Description("The relation to the founder") Relation relation) {

    public static FamilyPoolMemberView from(FamilyPoolDetails.MemberDetails m) {
        return new FamilyPoolMemberView(PersonView.from(m.person()), m.relation());
    }
}
