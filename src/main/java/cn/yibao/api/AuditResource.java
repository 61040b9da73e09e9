package cn.yibao.api;

import cn.yibao.api.errors.TranslatePolicyErrors;
import cn.yibao.api.security.Roles;
import cn.yibao.api.types.AuditLogConnection;
import cn.yibao.api.types.AuditRecordEdge;
import cn.yibao.api.types.AuditRecordView;
import cn.yibao.api.types.AuditVerificationView;
import cn.yibao.api.types.PageInfoView;
import cn.yibao.persistence.AuditRecordEntity;
import cn.yibao.service.audit.AuditLogQueries;
import cn.yibao.service.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The audit trail for auditors (issue 5): its records, newest first, and the chain's verification. */
@GraphQLApi
@TranslatePolicyErrors
public class AuditResource {

    private final CurrentCaller caller;
    private final AuditLogQueries audit;

    AuditResource(CurrentCaller caller, AuditLogQueries audit) {
        this.caller = caller;
        this.audit = audit;
    }

    @RolesAllowed(Roles.AUDITOR)
    @Query("auditLog")
    @Description("Audit records, newest first, a page at a time; optionally only one target or one subject.")
    public @NonNull AuditLogConnection auditLog(
            @Name("first") @DefaultValue("50") @Description("1 to 100") int first,
            @Name("after") @Description("endCursor of the previous page") String after,
            @Name("target") @Description("Only records of this target, e.g. person:123") String target,
            @Name("subject") @Description("Only records of this caller (the token's subject)") String subject) {
        List<AuditRecordEntity> rows = audit.page(caller.get(), first, Cursors.decode("audit", after), target, subject);
        List<AuditRecordEdge> edges = rows.subList(0, Math.min(first, rows.size())).stream()
                .map(r -> new AuditRecordEdge(Cursors.encode("audit", r.seq), AuditRecordView.from(r)))
                .toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new AuditLogConnection(edges, new PageInfoView(rows.size() > first, end));
    }

    @RolesAllowed(Roles.AUDITOR)
    @Query("auditChainVerification")
    @Description("Recomputes the whole hash chain and reports the first broken link, if any.")
    public @NonNull AuditVerificationView auditChainVerification() {
        return AuditVerificationView.from(audit.verify(caller.get()));
    }
}
