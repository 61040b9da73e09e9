package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scope;
import cn.yibao.policy.parameters.FamilyAid.Authorisation;
import cn.yibao.policy.parameters.FamilyAid.Network;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A relative's resident contribution paid from the pool (SPEC §3.21 payResidentContribution,
 * §3.22 payContribution, §7): Zhejiang pays through the tax channel of the region where the
 * RELATIVE is resident-insured, balance ≥ amount; Shanghai deducts in the December batch,
 * balance strictly greater than the amount, mode chosen by the deadline.
 */
public final class ContributionPaymentRules {

    private ContributionPaymentRules() {}

    /** The request: who, where the relative is resident-insured for the year, the category, the amount, when. */
    public record Request(
            String relativeId,
            Region residentRegion,
            ResidentCategory category,
            Money amount,
            LocalDateTime paymentTime,
            boolean paidOtherwise) {}

    /** `[family.zj.channel]` the tax channel by where the relative is resident-insured; null when none applies. */
    public static PaymentChannel channel(FamilyAidTerms terms, Region relativeResidentRegion) {
        if (terms.model() == FamilyAidModel.NETWORK) {
            return relativeResidentRegion == terms.rulesRegion() ? PaymentChannel.SHANGHAI_POOL_BATCH : null;
        }
        Authorisation a = terms.aid().contribution().require("family.zj.channel");
        Scope scope = relativeResidentRegion == terms.rulesRegion()
                ? Scope.REGION
                : relativeResidentRegion.province() == terms.rulesRegion().province() ? Scope.PROVINCE : null;
        return scope == null ? null : a.channels().get(scope);
    }

    /**
     * The channel a payment for this relative would take, decided before (and whatever) the amount:
     * the relative is bound, PAY_CONTRIBUTION is on and a channel applies to where the relative is
     * resident-insured; null otherwise. SPEC E8 and E10: the amount is not published, "the channel
     * decision stands".
     */
    public static PaymentChannel decidedChannel(
            FamilyAidTerms terms, FamilyNetwork network, String relativeId, Region relativeResidentRegion) {
        if (network.member(relativeId) == null || !network.modes().contains(PoolMode.PAY_CONTRIBUTION)) {
            return null;
        }
        return channel(terms, relativeResidentRegion);
    }

    public static ContributionPayment pay(FamilyAidTerms terms, FamilyNetwork network, Request request) {
        List<Explanation> lines = new ArrayList<>(4);
        Source source = FamilyNetworkRules.source(terms);
        Money fund = network.founder().historicalBalance();
        String rule = terms.model() == FamilyAidModel.NETWORK ? "family.sh.contribution" : "family.zj.contribution";
        if (network.member(request.relativeId()) == null) {
            return refused(
                    ErrorCode.NOT_ELIGIBLE,
                    rule,
                    "No binding or membership for " + request.relativeId(),
                    source,
                    lines,
                    null,
                    request,
                    fund);
        }
        if (!network.modes().contains(PoolMode.PAY_CONTRIBUTION)) {
            return refused(
                    ErrorCode.MODE_NOT_ENABLED,
                    rule,
                    "PAY_CONTRIBUTION is not enabled",
                    source,
                    lines,
                    null,
                    request,
                    fund);
        }
        PaymentChannel channel = channel(terms, request.residentRegion());
        if (channel == null) {
            return refused(
                    ErrorCode.NOT_ELIGIBLE,
                    "family.zj.channel",
                    "The relative's resident insurance in "
                            + request.residentRegion().code() + " has no channel from this pool",
                    source,
                    lines,
                    null,
                    request,
                    fund);
        }
        lines.add(Explanation.note(
                "family.zj.channel",
                "Relative resident-insured in " + request.residentRegion().code() + " → " + channel,
                source));
        return terms.model() == FamilyAidModel.NETWORK
                ? payFromNetwork(terms, network, request, channel, lines)
                : payByAuthorisation(terms, request, channel, fund, lines);
    }

    private static ContributionPayment payByAuthorisation(
            FamilyAidTerms terms, Request request, PaymentChannel channel, Money fund, List<Explanation> lines) {
        Param<Authorisation> p = terms.aid().contribution();
        Authorisation a = p.require("family.zj.contribution");
        if (request.paidOtherwise()) {
            return refused(
                    ErrorCode.CONFLICT,
                    "family.zj.contribution",
                    "The contribution is already paid",
                    p.source(),
                    lines,
                    channel,
                    request,
                    fund);
        }
        if (!PoolPaymentRules.sufficient(a.balanceRule(), fund, request.amount())) {
            return refused(
                    ErrorCode.INSUFFICIENT_FUNDS,
                    "family.zj.contribution",
                    "Historical balance " + fund + " must be " + a.balanceRule() + " the amount " + request.amount(),
                    p.source(),
                    lines,
                    channel,
                    request,
                    fund);
        }
        return paid("family.zj.contribution", p.source(), lines, channel, request, fund, null, null);
    }

    private static ContributionPayment payFromNetwork(
            FamilyAidTerms terms,
            FamilyNetwork network,
            Request request,
            PaymentChannel channel,
            List<Explanation> lines) {
        Param<Network> p = terms.aid().network();
        Network n = p.require("family.sh.contribution");
        Money fund = network.founder().historicalBalance();
        String rule = "family.sh.contribution";
        if (!n.contributionCategories().contains(request.category())) {
            return refused(
                    ErrorCode.NOT_ELIGIBLE,
                    rule,
                    request.category() + " is not paid by the pool batch (only " + n.contributionCategories() + ")",
                    p.source(),
                    lines,
                    channel,
                    request,
                    fund);
        }
        LocalDateTime since =
                network.contributionModeSince() != null ? network.contributionModeSince() : request.paymentTime();
        if (since.isAfter(n.modeDeadline())) {
            return refused(
                    ErrorCode.DEADLINE_PASSED,
                    rule,
                    "PAY_CONTRIBUTION chosen " + since + ", after " + n.modeDeadline(),
                    p.source(),
                    lines,
                    channel,
                    request,
                    fund);
        }
        if (request.paidOtherwise()) {
            return refused(
                    ErrorCode.CONFLICT,
                    rule,
                    "The contribution was paid otherwise (cash, QR code, school)",
                    p.source(),
                    lines,
                    channel,
                    request,
                    fund);
        }
        if (!PoolPaymentRules.sufficient(n.contributionBalanceRule(), fund, request.amount())) {
            return refused(
                    ErrorCode.INSUFFICIENT_FUNDS,
                    rule,
                    "Fund " + fund + " must be " + n.contributionBalanceRule() + " the amount " + request.amount(),
                    p.source(),
                    lines,
                    channel,
                    request,
                    fund);
        }
        return paid(rule, p.source(), lines, channel, request, fund, n, "batch");
    }

    private static ContributionPayment paid(
            String rule,
            Source source,
            List<Explanation> lines,
            PaymentChannel channel,
            Request request,
            Money fund,
            Network batch,
            String how) {
        Money after = fund.minus(request.amount());
        String text = "Paid " + request.amount() + " from the historical account (payer FAMILY_POOL); balance " + fund
                + " → " + after;
        if (batch != null) {
            text += "; deducted in the " + how + " from " + batch.deductionFrom() + ", result visible from "
                    + batch.resultVisibleFrom() + ", certificate after the deduction";
        }
        lines.add(new Explanation(rule, null, text, fund, null, request.amount(), source));
        return new ContributionPayment(
                FamilyAidDecision.allowed(rule, lines),
                channel,
                Payer.FAMILY_POOL,
                request.amount(),
                after,
                batch == null ? null : batch.deductionFrom(),
                batch == null ? null : batch.resultVisibleFrom());
    }

    private static ContributionPayment refused(
            ErrorCode code,
            String rule,
            String text,
            Source source,
            List<Explanation> lines,
            PaymentChannel channel,
            Request request,
            Money fund) {
        FamilyAidDecision d = FamilyAidChecks.refuse(code, rule, text, source, lines);
        return new ContributionPayment(d, channel, Payer.FAMILY_POOL, request.amount(), fund, null, null);
    }
}
