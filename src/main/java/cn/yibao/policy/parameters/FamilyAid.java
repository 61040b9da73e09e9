package cn.yibao.policy.parameters;

import cn.yibao.policy.common.Param;
import cn.yibao.policy.model.BalanceRule;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.Relation;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.model.Scope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Family mutual aid (家庭共济) of one region and year: the Zhejiang authorisation model for
 * contributions and for medical costs (SPEC §3.21), and the Shanghai network model (§3.22).
 */
public record FamilyAid(Param<Authorisation> contribution, Param<Authorisation> medical, Param<Network> network) {

    /**
     * An employee authorises relatives to be paid for from the historical account.
     * {@code authoriserScope}/{@code relativeScope}: where each must be insured relative to this
     * region; {@code channels}: the tax channel by where the relative is resident-insured.
     */
    public record Authorisation(
            Scope authoriserScope,
            boolean authoriserNeedsBalance,
            List<Relation> relations,
            Scope relativeScope,
            BalanceRule balanceRule,
            boolean oneAuthoriserPerRelative,
            Map<Scope, PaymentChannel> channels) {
        public Authorisation {
            relations = List.copyOf(relations);
            channels = Map.copyOf(channels);
        }
    }

    /** Shanghai's 家庭共济网: founder, members, modes, and the December contribution batch. */
    public record Network(
            List<Relation> relations,
            List<Scheme> memberSchemes,
            BalanceRule contributionBalanceRule,
            LocalDateTime modeDeadline,
            LocalDate deductionFrom,
            LocalDate resultVisibleFrom,
            List<ResidentCategory> contributionCategories) {
        public Network {
            relations = List.copyOf(relations);
            memberSchemes = List.copyOf(memberSchemes);
            contributionCategories = List.copyOf(contributionCategories);
        }
    }
}
