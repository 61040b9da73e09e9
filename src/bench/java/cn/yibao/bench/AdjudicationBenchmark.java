package cn.yibao.bench;

import cn.yibao.policy.claim.Adjudication;
import cn.yibao.policy.claim.ClaimAdjudicator;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.claim.ClaimRequest;
import cn.yibao.policy.claim.Claimant;
import cn.yibao.policy.claim.YearToDate;
import cn.yibao.policy.claim.supplementary.SupplementaryEnrolment;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.BenefitGroup;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ServiceLocation;
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
 * Throughput of one inpatient adjudication with every explanation line (target: 200,000/s per
 * core). Run: {@code mvn -Pbench test-compile exec:exec -Djmh.args="AdjudicationBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AdjudicationBenchmark {

    private ClaimRequest ningboResident;
    private ClaimRequest ningboEmployee;

    @Setup
    public void setUp() {
        PolicyCatalog catalog = PolicyFileLoader.loadDefault();
        SupplementaryEnrolment tianyi = new SupplementaryEnrolment(
                catalog.supplementary(Region.NINGBO, 2025).orElseThrow(), false, true);

        // E3 admission 2 after admission 1, with 天一甬宁保 and self-paid cost (R2)
        Claimant zhou = new Claimant(LocalDate.of(1980, 5, 1), BenefitGroup.ADULT, AssistanceStatus.NONE, false, null);
        YearToDate residentBefore = YearToDate.EMPTY.toBuilder()
                .inpatientCost(Money.of("10000.00")).deductibleLevel(Money.of("300.00"))
                .deductiblePaid(Money.of("300.00")).build();
        ClaimFacts residentAdmission = new ClaimFacts(CareType.INPATIENT, HospitalLevel.LEVEL_3,
                ServiceLocation.LOCAL, LocalDate.of(2025, 9, 1), Money.of("50000.00"), null,
                Money.of("25000.00"), null, null, false, null, null);
        ningboResident = ClaimRequest.of(catalog.resident(Region.NINGBO, 2025), residentAdmission, zhou,
                residentBefore).withSupplementary(tianyi);

        // E6 admission 2 at IN_PROVINCE (E17), with CI, 天一甬宁保 R1 and the own historical account
        Claimant chen = new Claimant(LocalDate.of(1983, 2, 1), BenefitGroup.IN_SERVICE, AssistanceStatus.NONE, false,
                Money.of("1500.00"));
        YearToDate employeeBefore = YearToDate.EMPTY.toBuilder()
                .inpatientCost(Money.of("30000.00")).deductibleLevel(Money.of("600.00"))
                .deductiblePaid(Money.of("600.00")).ciBase(Money.of("7480.00")).ciPaid(Money.of("1984.00")).build();
        ClaimFacts employeeAdmission = new ClaimFacts(CareType.INPATIENT, HospitalLevel.LEVEL_3,
                ServiceLocation.IN_PROVINCE, LocalDate.of(2023, 9, 12), Money.of("62000.00"), Money.of("2000.00"),
                null, null, null, false, null, null);
        ningboEmployee = ClaimRequest.of(catalog.employee(Region.NINGBO, 2023), employeeAdmission, chen,
                employeeBefore).withSupplementary(tianyi);
    }

    @Benchmark
    public Adjudication ningboResidentInpatient() {
        return ClaimAdjudicator.adjudicate(ningboResident);
    }

    @Benchmark
    public Adjudication ningboEmployeeInpatient() {
        return ClaimAdjudicator.adjudicate(ningboEmployee);
    }
}
