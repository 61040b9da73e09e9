package cn.yibao.api.types;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonEdge")
public record PersonEdge(@NonNull String cursor, @NonNull PersonView node) {}
