package cn.yibao.service;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.enrollment.CoverageStatus;
import cn.yibao.policy.enrollment.EnrollmentQuote;
import cn.yibao.policy.enrollment.EnrollmentQuoteRequest;
import cn.yibao.policy.enrollment.EnrollmentQuoteRules;
import cn.yibao.policy.enrollment.InsuranceHistory;
import cn.yibao.policy.enrollment.NewbornEnrolment;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.service.metrics.ServiceMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What-if resident contribution quotes: nothing is stored. */
@ApplicationScoped
public class QuoteService {

    private final PolicyCatalog catalog;

    @Inject
    ServiceMetrics metrics;

    QuoteService(PolicyCatalog catalog) {
        this.catalog = catalog;
    }

    public EnrollmentQuote quote(QuoteCommand q) {
        Inputs.year(q.year());
        if (q.birthDate() == null || q.paymentDate() == null) {
            throw PolicyException.badInput("input.date", "birthDate and paymentDate are required");
        }
        var terms = catalog.resident(Inputs.region(q.region()), q.year());
        int birthYear = q.birthDate().getYear();
        NewbornEnrolment newborn =
                q.year() == birthYear || q.year() == birthYear + 1 ? new NewbornEnrolment(false) : null;
        EnrollmentQuote quote = EnrollmentQuoteRules.quote(new EnrollmentQuoteRequest(
                terms,
                q.birthDate(),
                q.studentStatus(),
                false,
                q.assistanceStatus(),
                history(q),
                q.paymentDate(),
                q.backPaidYears(),
                newborn,
                Payer.SELF,
                null));
        metrics.contributionQuoted(terms.region(), terms.scheme());
        return quote;
    }

    /** Resident years win over employee years of the same year (SPEC §3.0.1); zero-claim years must be resident years. */
    static InsuranceHistory history(QuoteCommand q) {
        List<Integer> resident = orEmpty(q.insuredYears());
        Set<Integer> zero = Set.copyOf(orEmpty(q.zeroClaimYears()));
        if (!resident.containsAll(zero)) {
            throw PolicyException.badInput("input.history", "zeroClaimYears must be among insuredYears");
        }
        Map<Integer, InsuranceHistory.Year> years = new TreeMap<>();
        for (int y : orEmpty(q.employeeYears())) {
            Inputs.year(y);
            years.put(y, new InsuranceHistory.Year(CoverageStatus.EMPLOYEE, null, true));
        }
        for (int y : resident) {
            Inputs.year(y);
            years.put(
                    y, new InsuranceHistory.Year(CoverageStatus.RESIDENT, zero.contains(y) ? Money.ZERO : null, true));
        }
        return new InsuranceHistory(years);
    }

    private static List<Integer> orEmpty(List<Integer> l) {
        return l == null ? List.of() : l;
    }
}
