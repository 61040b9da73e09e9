package cn.yibao.api.types;

import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
public record PageInfo(boolean hasNextPage, String endCursor) {}
