package cn.yibao.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonConnection")
@Description("A page of persons, ordered by id; pass pageInfo.endCursor as `after` for the next page.")
public record PersonConnection(@NonNull List<@NonNull PersonEdge> edges, @NonNull PageInfoView pageInfo) {}
