package cn.yibao.persistence;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Scheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Year-to-date accumulators of a person, policy year and scheme; locked while a claim is adjudicated. */
@Entity
@Table(name = "year_totals")
@IdClass(PersonYearKey.class)
public class YearTotalsEntity {

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Id
    public int year;

    @Id
    @Enumerated(EnumType.STRING)
    public Scheme scheme;

    @Column(name = "outpatient_cost", nullable = false)
    public Money outpatientCost = Money.ZERO;

    @Column(name = "program_general", nullable = false)
    public Money programGeneral = Money.ZERO;

    @Column(name = "program_hypertension", nullable = false)
    public Money programHypertension = Money.ZERO;

    @Column(name = "program_diabetes", nullable = false)
    public Money programDiabetes = Money.ZERO;

    @Column(name = "inpatient_cost", nullable = false)
    public Money inpatientCost = Money.ZERO;

    @Column(name = "deductible_level", nullable = false)
    public Money deductibleLevel = Money.ZERO;

    @Column(name = "deductible_paid", nullable = false)
    public Money deductiblePaid = Money.ZERO;

    @Column(name = "admissions_community", nullable = false)
    public int admissionsCommunity;

    @Column(name = "admissions_level_1", nullable = false)
    public int admissionsLevel1;

    @Column(name = "admissions_level_2", nullable = false)
    public int admissionsLevel2;

    @Column(name = "admissions_level_3", nullable = false)
    public int admissionsLevel3;

    @Column(name = "admissions_provincial", nullable = false)
    public int admissionsProvincial;

    @Column(name = "inpatient_fund_paid", nullable = false)
    public Money inpatientFundPaid = Money.ZERO;

    @Column(name = "ci_base", nullable = false)
    public Money ciBase = Money.ZERO;

    @Column(name = "ci_paid", nullable = false)
    public Money ciPaid = Money.ZERO;

    @Column(name = "supp_base_r1", nullable = false)
    public Money suppBaseR1 = Money.ZERO;

    @Column(name = "supp_base_r2", nullable = false)
    public Money suppBaseR2 = Money.ZERO;

    @Column(name = "supp_base_r3", nullable = false)
    public Money suppBaseR3 = Money.ZERO;

    @Column(name = "supp_base_r4", nullable = false)
    public Money suppBaseR4 = Money.ZERO;

    @Column(name = "supp_paid_r1", nullable = false)
    public Money suppPaidR1 = Money.ZERO;

    @Column(name = "supp_paid_r2", nullable = false)
    public Money suppPaidR2 = Money.ZERO;

    @Column(name = "supp_paid_r3", nullable = false)
    public Money suppPaidR3 = Money.ZERO;

    @Column(name = "supp_paid_r4", nullable = false)
    public Money suppPaidR4 = Money.ZERO;

    @Column(name = "basic_paid", nullable = false)
    public Money basicPaid = Money.ZERO;

    @Column(name = "current_account", nullable = false)
    public Money currentAccount = Money.ZERO;

    @Column(name = "self_pay_cum", nullable = false)
    public Money selfPayCum = Money.ZERO;

    @Column(nullable = false)
    public int claims;
}
