package cn.yibao.policy.employee;

import cn.yibao.policy.common.PolicyException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Contribution history in months (SPEC §3.14): {@code deemed} pension months to 2000-12-31,
 * {@code localPre} Ningbo actual months before 2021-07-01, {@code inpatientInsurance} months of
 * 住院医疗保险 / transitional migrant insurance (count 1/2), {@code migrantCi} months of migrant
 * catastrophic insurance (count 1/4), {@code transferredPre} months transferred in from elsewhere
 * before 2021-07-01, {@code post} every month from 2021-07-01.
 */
public record RetirementFacts(
        int deemed,
        int localPre,
        int inpatientInsurance,
        int migrantCi,
        int transferredPre,
        int post,
        boolean newEnrolleeAfter20210701,
        LocalDate retirementDate) {

    public RetirementFacts {
        Objects.requireNonNull(retirementDate, "retirementDate");
        if (deemed < 0 || localPre < 0 || inpatientInsurance < 0 || migrantCi < 0 || transferredPre < 0 || post < 0) {
            throw PolicyException.badInput("retirement.months", "month counts must not be negative");
        }
    }
}
