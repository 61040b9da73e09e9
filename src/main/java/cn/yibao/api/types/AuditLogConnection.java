package cn.yibao.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditLogConnection")
@Description("A page of audit records, newest first; pass pageInfo.endCursor as `after` for older ones.")
public record AuditLogConnection(@NonNull List<@NonNull AuditRecordEdge> edges, @NonNull PageInfoView pageInfo) {}
