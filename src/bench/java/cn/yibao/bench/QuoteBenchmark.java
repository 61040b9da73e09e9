package cn.yibao.bench;

import cn.yibao.policy.enrollment.EnrollmentQuote;
import cn.yibao.policy.enrollment.EnrollmentQuoteRequest;
import cn.yibao.policy.enrollment.EnrollmentQuoteRules;
import cn.yibao.policy.enrollment.InsuranceHistory;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of one resident contribution quote with waiting period, incentives and explanation
 * lines. Run: {@code mvn -Pbench test-compile exec:exec -Djmh.args="QuoteBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuoteBenchmark {

    private EnrollmentQuoteRequest huaihuaLate;
    private EnrollmentQuoteRequest ningboInWindow;

    @Setup
    public void setUp() {
        PolicyCatalog catalog = PolicyFileLoader.loadDefault();
        // E2: Huaihua, two-year break, out of window (surcharge, waiting 3 + 1 months).
        huaihuaLate = new EnrollmentQuoteRequest(
                catalog.resident(Region.HUAIHUA, 2026),
                LocalDate.of(1980, 1, 1),
                StudentStatus.NONE,
                false,
                AssistanceStatus.NONE,
                InsuranceHistory.builder().resident(2023, null).build(),
                LocalDate.of(2026, 3, 15),
                0,
                null,
                Payer.SELF,
                null);
        // E1 person B: Ningbo infant, in window, zero-claim 2025 (incentive).
        ningboInWindow = new EnrollmentQuoteRequest(
                catalog.resident(Region.NINGBO, 2026),
                LocalDate.of(2023, 8, 1),
                StudentStatus.NONE,
                false,
                AssistanceStatus.NONE,
                InsuranceHistory.builder().resident(2025, cn.yibao.policy.common.Money.ZERO).build(),
                LocalDate.of(2025, 12, 20),
                0,
                null,
                Payer.SELF,
                null);
    }

    @Benchmark
    public EnrollmentQuote huaihuaLateEnrolment() {
        return EnrollmentQuoteRules.quote(huaihuaLate);
    }

    @Benchmark
    public EnrollmentQuote ningboInWindowQuote() {
        return EnrollmentQuoteRules.quote(ningboInWindow);
    }
}
