package cn.yibao.api.types;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FamilyPoolStatementEdge")
public record FamilyPoolStatementEdgeView(@NonNull String cursor, @NonNull FamilyPoolMovementView node) {}
