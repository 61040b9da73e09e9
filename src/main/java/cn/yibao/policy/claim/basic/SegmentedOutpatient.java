package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.OutpatientStatus;
import cn.yibao.policy.parameters.Outpatient;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC §3.16 (P10): the current-year account pays E first, then a yearly self-pay segment by the
 * status on the service date, then the fund pays its ratio of the rest, lowered out of area (§3.20).
 */
final class SegmentedOutpatient {

    private SegmentedOutpatient() {}

    static BasicResult apply(
            BenefitTerms terms,
            Outpatient.Segments model,
            Source source,
            ClaimFacts claim,
            Claimant claimant,
            YearToDate ytd) {
        List<Explanation> lines = new ArrayList<>(4);
        OutpatientStatus status = status(model, claimant, claim.serviceDate());
        Money eligible = claim.eligible();
        Money account = eligible.min(ytd.currentAccount());
        lines.add(Line.account(
                "employee.outpatient.account", "paid from the current-year account", eligible, account, source));
        Money threshold = BenefitTerms.entry(model.selfPayThreshold(), status, "employee.outpatient.self-pay");
        Money selfPay =
                eligible.minus(account).min(threshold.minus(ytd.selfPayCum()).positivePart());
        lines.add(Line.basic(
                "employee.outpatient.self-pay",
                "yearly self-pay segment, borne personally",
                threshold,
                null,
                selfPay,
                source));
        Money coPayBase = eligible.minus(account).minus(selfPay);
        Rate reduction = OutOfArea.reduction(terms, claim, lines);
        Rate ratio = BenefitTerms.entry(
                        BenefitTerms.entry(model.fundRatio(), status, "employee.outpatient.copay"),
                        terms.tier(claim.level()),
                        "employee.outpatient.copay")
                .minus(reduction);
        Money basic = Money.roundHalfUp(coPayBase.timesExact(ratio));
        lines.add(Line.basic(
                "employee.outpatient.copay", "fund ratio on the co-payment segment", coPayBase, ratio, basic, source));
        YearToDate after = ytd.toBuilder()
                .currentAccount(ytd.currentAccount().minus(account))
                .selfPayCum(ytd.selfPayCum().plus(selfPay))
                .basicPaid(ytd.basicPaid().plus(basic))
                .build();
        return new BasicResult(account, basic, Money.ZERO, true, lines, after);
    }

    /** Status on the service date (P10): retired, else by completed years of age. */
    static OutpatientStatus status(Outpatient.Segments model, Claimant claimant, LocalDate serviceDate) {
        if (claimant.group() == BenefitGroup.RETIRED) {
            return OutpatientStatus.RETIRED;
        }
        int age = Period.between(claimant.birthDate(), serviceDate).getYears();
        return age >= model.ageThreshold() ? OutpatientStatus.FROM_45 : OutpatientStatus.UNDER_45;
    }
}
