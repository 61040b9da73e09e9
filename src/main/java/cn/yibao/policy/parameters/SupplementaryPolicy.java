package cn.yibao.policy.parameters;

import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.PremiumGroup;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Responsibility;
import java.util.List;
import java.util.Map;

/** 天一甬宁保, Ningbo's supplementary insurance, for one year (SPEC §2.6, §3.10). Not projected. */
public record SupplementaryPolicy(
        Region region,
        int year,
        List<Source> documents,
        Param<Map<PremiumGroup, Money>> premium,
        Param<Money> totalCover,
        Param<Map<Responsibility, Terms>> responsibilities) {

    public SupplementaryPolicy {
        documents = List.copyOf(documents);
    }

    /**
     * Bands on the responsibility's own cumulative base: {@code standard} for persons without a
     * pre-existing condition, {@code continuous} (if any) for those also enrolled the previous year.
     */
    public record Terms(Money sumInsured, Bands standard, Bands preExisting, @Nullable Bands continuous) {}
}
