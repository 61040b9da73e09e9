package cn.yibao.api.types;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditRecordEdge")
public record AuditRecordEdge(@NonNull String cursor, @NonNull AuditRecordView node) {}
