package cn.yibao.service;

import cn.yibao.persistence.InsuredYearEntity;
import cn.yibao.persistence.InsuredYearRepository;
import cn.yibao.persistence.PersonYearKey;
import cn.yibao.persistence.YearTotalsRepository;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.enrollment.CoverageStatus;
import cn.yibao.policy.enrollment.InsuranceHistory;
import cn.yibao.policy.model.Scheme;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's insurance history as the rules see it (SPEC §3.0.1): per year RESIDENT if enrolled
 * and paid for resident insurance, else EMPLOYEE if employee-covered, else NONE. For a year
 * enrolled here, the fund reimbursement is what claims made the basic fund pay that year.
 */
@ApplicationScoped
class HistoryLoader {

    private final InsuredYearRepository insuredYears;
    private final YearTotalsRepository totals;

    HistoryLoader(InsuredYearRepository insuredYears, YearTotalsRepository totals) {
        this.insuredYears = insuredYears;
        this.totals = totals;
    }

    /** The years before {@code year}. */
    InsuranceHistory before(long personId, int year) {
        Map<Integer, InsuranceHistory.Year> years = new TreeMap<>();
        for (InsuredYearEntity y : insuredYears.forPerson(personId)) {
            if (y.year >= year) {
                continue;
            }
            if (y.scheme == Scheme.RESIDENT) {
                years.put(y.year, new InsuranceHistory.Year(CoverageStatus.RESIDENT, reimbursed(y), y.paidInWindow));
            } else {
                years.putIfAbsent(y.year, new InsuranceHistory.Year(CoverageStatus.EMPLOYEE, null, true));
            }
        }
        return new InsuranceHistory(years);
    }

    /** Whether the person was employee-insured in {@code year}. */
    boolean employeeIn(long personId, int year) {
        return insuredYears
                .findByIdOptional(new PersonYearKey(personId, year, Scheme.EMPLOYEE))
                .isPresent();
    }

    private Money reimbursed(InsuredYearEntity y) {
        if (!"ENROLLMENT".equals(y.origin)) {
            return y.fundReimbursed;
        }
        return totals.read(y.personId, y.year, y.scheme).map(t -> t.basicPaid).orElse(Money.ZERO);
    }
}
