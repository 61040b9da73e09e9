package cn.yibao.policy.claim.basic;

import cn.yibao.policy.claim.BasicResult;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.parameters.Outpatient.Programme;
import cn.yibao.policy.parameters.Outpatient.Programmes;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC §3.6 (P11, C7): outpatient programmes with a ratio and a yearly cap on fund payments, paid
 * only at the listed hospital levels; a claim without a programme is GENERAL.
 */
final class ProgrammeOutpatient {

    private ProgrammeOutpatient() {}

    static BasicResult apply(BenefitTerms terms, Programmes model, Source source, ClaimFacts claim, YearToDate ytd) {
        List<Explanation> lines = new ArrayList<>(3);
        OutOfArea.reduction(terms, claim, lines);
        OutpatientProgram program = claim.program() == null ? OutpatientProgram.GENERAL : claim.program();
        Programme programme = BenefitTerms.entry(model.programmes(), program, "outpatient.huaihua.program");
        Money eligible = claim.eligible();
        if (!model.levels().contains(claim.level())) {
            lines.add(Line.basic(
                    "outpatient.huaihua.not-primary",
                    "the programme pays only at primary-level institutions",
                    eligible,
                    null,
                    Money.ZERO,
                    source));
            return new BasicResult(Money.ZERO, Money.ZERO, Money.ZERO, true, lines, ytd);
        }
        Money paid = ytd.programPaid(program);
        Money byRate = Money.roundHalfUp(eligible.timesExact(programme.rate()));
        Money left = programme.cap().minus(paid).positivePart();
        Money basic = byRate.min(left);
        lines.add(Line.basic(
                "outpatient.huaihua.program", "programme fund ratio", eligible, programme.rate(), byRate, source));
        if (byRate.isGreaterThan(left)) {
            lines.add(Line.basic(
                    "outpatient.huaihua.cap",
                    "limited to what is left of the programme's yearly cap",
                    programme.cap(),
                    null,
                    basic,
                    source));
        }
        YearToDate after = ytd.toBuilder()
                .programPaid(program, paid.plus(basic))
                .basicPaid(ytd.basicPaid().plus(basic))
                .build();
        return new BasicResult(Money.ZERO, basic, Money.ZERO, true, lines, after);
    }
}
