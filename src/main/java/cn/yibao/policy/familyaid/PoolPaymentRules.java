package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.BalanceRule;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Scheme;
import java.util.ArrayList;
import java.util.List;

/**
 * Paying from the historical account of the founder or authoriser: the remaining medical burden
 * of a claim (SPEC §3.23, §3.22 payMedical, P15). Contributions: {@link ContributionPaymentRules}.
 */
public final class PoolPaymentRules {

    /** The decision that fixes the order own account → pool → cash, for claims of people in no network. */
    private static final Source ORDER = Source.specification("§3.23", "P15");

    private PoolPaymentRules() {}

    /**
     * `[family-pool.*]`: an employee's own usable historical account first, then the pool where
     * PAY_MEDICAL allows it (network: founder's whole balance; Zhejiang: the MEDICAL authoriser's
     * balance), then cash. {@code terms} and {@code network} are null for a person in no network.
     */
    public static MedicalPayment payRemainingBurden(
            @Nullable FamilyAidTerms terms, @Nullable FamilyNetwork network, PersonFacts person, Money burden) {
        if (network != null && terms == null) {
            throw new IllegalArgumentException("a network needs its terms");
        }
        List<Explanation> lines = new ArrayList<>(3);
        Source source = terms == null ? ORDER : FamilyNetworkRules.source(terms);
        boolean ownUsable = person.scheme() == Scheme.EMPLOYEE && person.accountUsable();
        Money own = ownUsable ? person.historicalBalance().positivePart().min(burden) : Money.ZERO;
        lines.add(new Explanation(
                "family-pool.own-account",
                Layer.PERSONAL_ACCOUNT,
                ownUsable
                        ? "Own historical account pays first, up to its balance " + person.historicalBalance()
                        : "No usable employee historical account of one's own",
                burden,
                null,
                own,
                source));
        Money rest = burden.minus(own);
        ErrorCode refusal = null;
        Money pool = Money.ZERO;
        Money fundAfter = null;
        if (network != null && rest.isPositive() && !network.founder().id().equals(person.id())) {
            refusal = poolRefusal(terms, network, person);
            Money fund = network.founder().historicalBalance().positivePart();
            if (refusal == null) {
                pool = fund.min(rest);
            }
            fundAfter = fund.minus(pool);
            lines.add(new Explanation(
                    rule(terms),
                    Layer.FAMILY_POOL,
                    refusal == null
                            ? "Family pool pays the rest, up to the fund " + fund + " (no per-member limit)"
                            : "Family pool does not pay: " + refusal,
                    rest,
                    null,
                    pool,
                    source));
        }
        Money cash = rest.minus(pool);
        lines.add(new Explanation("family-pool.cash", Layer.PERSONAL, "Left to pay in cash", rest, null, cash, source));
        return new MedicalPayment(own, pool, cash, person.historicalBalance().minus(own), fundAfter, refusal, lines);
    }

    /** Whether {@code balance} may pay {@code amount} under the published rule (P15). */
    static boolean sufficient(BalanceRule rule, Money balance, Money amount) {
        return rule == BalanceRule.GREATER_THAN ? balance.isGreaterThan(amount) : !balance.isLessThan(amount);
    }

    private static ErrorCode poolRefusal(FamilyAidTerms terms, FamilyNetwork network, PersonFacts person) {
        if (network.member(person.id()) == null) {
            return ErrorCode.NOT_ELIGIBLE;
        }
        if (!network.modes().contains(PoolMode.PAY_MEDICAL)) {
            return ErrorCode.MODE_NOT_ENABLED;
        }
        if (terms.model() == FamilyAidModel.AUTHORISATION) {
            terms.aid().medical().require("family.zj.medical");
        }
        return null;
    }

    private static String rule(FamilyAidTerms terms) {
        return terms.model() == FamilyAidModel.NETWORK ? "family.sh.medical" : "family.zj.medical";
    }
}
