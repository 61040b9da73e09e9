package cn.yibao.api.types;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FamilyPoolLedgerEntry")
@Description("One side of a movement: FOUNDER_HISTORICAL (negative: out of the founder's historical account)"
        + " or CONTRIBUTIONS_PAID / MEDICAL_PAID (positive). The two sides sum to zero.")
public record FamilyPoolLedgerEntryView(@NonNull String account, @NonNull BigDecimal amount) {}
