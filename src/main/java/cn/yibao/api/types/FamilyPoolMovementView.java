package cn.yibao.api.types;

import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.service.PoolStatement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FamilyPoolMovement")
@Description("Money the pool paid from the founder's historical account: a relative's resident contribution"
        + " or a member's medical burden.")
public record FamilyPoolMovementView(
        @Id @NonNull @Description("The ledger entry group") String id,
        @NonNull @Description("CONTRIBUTIONS_PAID or MEDICAL_PAID") String paidTo,
        @NonNull PersonView beneficiary,
        @NonNull BigDecimal amount,
        @NonNull @Description("The founder's historical balance after this movement") BigDecimal fundBalanceAfter,
        @Description("The policy year of a contribution") Integer contributionYear,
        @Description("How a contribution reached the tax bureau") PaymentChannel paymentChannel,
        @NonNull @Description("The business date of the payment or the claim") LocalDate businessDate,
        @NonNull String reason,
        @NonNull @Description("The rule that allowed it") String rule,
        @NonNull OffsetDateTime recordedAt,
        @NonNull List<@NonNull FamilyPoolLedgerEntryView> entries) {

    public static FamilyPoolMovementView from(PoolStatement.Movement m) {
        return new FamilyPoolMovementView(
                String.valueOf(m.entryGroup()),
                m.paidTo().name(),
                PersonView.from(m.beneficiary()),
                m.amount().yuan(),
                m.fundBalanceAfter().yuan(),
                m.contributionYear(),
                m.channel(),
                m.businessDate(),
                m.reason(),
                m.rule(),
                m.recordedAt(),
                m.entries().stream()
                        .map(e -> new FamilyPoolLedgerEntryView(
                                e.account().name(), e.amount().yuan()))
                        .toList());
    }
}
