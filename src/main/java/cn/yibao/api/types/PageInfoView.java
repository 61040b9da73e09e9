package cn.yibao.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page of a connection ends; pass endCursor as `after` for the next page.")
public record PageInfoView(boolean hasNextPage, String endCursor) {}
