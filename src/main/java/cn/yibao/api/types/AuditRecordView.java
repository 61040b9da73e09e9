package cn.yibao.api.types;

import cn.yibao.persistence.AuditRecordEntity;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditRecord")
@Description("One record of the append-only, hash-chained audit trail.")
public record AuditRecordView(
        @Description("Position in the chain: 1, 2, 3, … without gaps") long seq,
        @NonNull OffsetDateTime recordedAt,
        @NonNull @Description("Who: a person id (citizen), a staff id, or anonymous") String subject,
        @NonNull @Description("CITIZEN, OFFICER, AUDITOR or ANONYMOUS") String role,
        @NonNull @Description("mutation:<field>, money:<movement> or read:person") String action,
        @Description("What it concerns, as kind:id (e.g. person:123, claim:9)") String target,
        @NonNull @Description("OK or the error code of the refusal") String outcome,
        @NonNull @Description("A JSON object: ids, years, codes and amounts (strings with two decimals)")
                String details,
        @NonNull @Description("The hash of the record before (64 zeros for the first)") String prevHash,
        @NonNull @Description("sha256 of prevHash, '|' and the record's canonical text (V5__audit_log.sql)")
                String hash) {

    public static AuditRecordView from(AuditRecordEntity e) {
        return new AuditRecordView(
                e.seq, e.recordedAt, e.subject, e.role, e.action, e.target, e.outcome, e.details, e.prevHash, e.hash);
    }
}
