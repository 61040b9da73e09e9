package cn.yibao.api.types;

import cn.yibao.persistence.AuditChainCheck;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditVerification")
@Description("The audit chain recomputed from its first record. It cannot see the newest records cut off or the"
        + " whole chain rewritten: compare headSeq/headHash with an anchor kept outside the database.")
public record AuditVerificationView(
        @Description("Records examined (up to the first broken one)") long checked,
        boolean intact,
        @Description("The first record whose link is broken; null when intact") Long firstBrokenSeq,
        @Description("Why it is broken; null when intact") String reason,
        @Description("The newest record; null when the trail is empty") Long headSeq,
        @Description("The newest record's hash: an anchor to keep outside the database") String headHash) {

    public static AuditVerificationView from(AuditChainCheck c) {
        return new AuditVerificationView(
                c.checked(), c.firstBrokenSeq() == null, c.firstBrokenSeq(), c.reason(), c.headSeq(), c.headHash());
    }
}
