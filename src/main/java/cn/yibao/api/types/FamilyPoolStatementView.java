package cn.yibao.api.types;

import cn.yibao.service.PoolStatement;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FamilyPoolStatement")
@Description("A network's ledger statement, newest movement first (a connection: first / after).")
public record FamilyPoolStatementView(
        @NonNull List<@NonNull FamilyPoolStatementEdgeView> edges, @NonNull PageInfoView pageInfo) {

    public static FamilyPoolStatementView from(PoolStatement s) {
        return new FamilyPoolStatementView(
                s.movements().stream()
                        .map(m -> new FamilyPoolStatementEdgeView(m.cursor(), FamilyPoolMovementView.from(m)))
                        .toList(),
                new PageInfoView(s.hasNextPage(), s.endCursor()));
    }
}
