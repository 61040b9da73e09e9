package cn.yibao.persistence;

import cn.yibao.policy.familyaid.FamilyAidModel;
import cn.yibao.policy.model.PoolMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A family mutual-aid network (Shanghai) or an authoriser's bindings (Zhejiang). Business times
 * ({@code createdOn}, {@code contributionModeSince}) are China Standard Time without a zone.
 */
@Entity
@Table(name = "family_pool_network")
public class FamilyPoolNetworkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "founder_id", nullable = false)
    public Long founderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FamilyAidModel model;

    @Column(nullable = false)
    public String region;

    @Column(name = "pay_medical", nullable = false)
    public boolean payMedical;

    @Column(name = "pay_contribution", nullable = false)
    public boolean payContribution;

    @Column(name = "contribution_mode_since")
    public LocalDateTime contributionModeSince;

    @Column(name = "created_on", nullable = false)
    public LocalDateTime createdOn;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "dissolved_at")
    public OffsetDateTime dissolvedAt;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public Set<PoolMode> modes() {
        Set<PoolMode> modes = EnumSet.noneOf(PoolMode.class);
        if (payMedical) {
            modes.add(PoolMode.PAY_MEDICAL);
        }
        if (payContribution) {
            modes.add(PoolMode.PAY_CONTRIBUTION);
        }
        return modes;
    }

    public void setModes(Set<PoolMode> modes, LocalDateTime contributionSince) {
        payMedical = modes.contains(PoolMode.PAY_MEDICAL);
        payContribution = modes.contains(PoolMode.PAY_CONTRIBUTION);
        contributionModeSince = contributionSince;
    }
}
