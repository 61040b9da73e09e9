package cn.yibao.persistence;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.PaymentChannel;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One person's enrollment for one policy year and scheme, with what the rules decided. */
@Entity
@Table(name = "enrollment")
public class EnrollmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(nullable = false)
    public String region;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scheme scheme;

    @Enumerated(EnumType.STRING)
    public ResidentCategory category;

    @Column(name = "amount_due", nullable = false)
    public Money amountDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Payer payer;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_channel", nullable = false)
    public PaymentChannel paymentChannel;

    @Column(name = "family_pool_network_id")
    public Long familyPoolNetworkId;

    @Column(name = "payment_date", nullable = false)
    public LocalDate paymentDate;

    @Column(name = "back_paid_years", nullable = false)
    public int backPaidYears;

    @Column(name = "in_enrollment_window", nullable = false)
    public boolean inEnrollmentWindow;

    @Column(name = "fixed_months", nullable = false)
    public int fixedMonths;

    @Column(name = "variable_months", nullable = false)
    public int variableMonths;

    @Column(name = "benefits_start", nullable = false)
    public LocalDate benefitsStart;

    @Column(name = "benefits_end", nullable = false)
    public LocalDate benefitsEnd;

    @Column(name = "continuous_years", nullable = false)
    public int continuousYears;

    @Column(name = "continuous_increment", nullable = false)
    public Money continuousIncrement;

    @Column(name = "zero_claim_increment", nullable = false)
    public Money zeroClaimIncrement;

    @Column(name = "incentive_total", nullable = false)
    public Money incentiveTotal;

    @Column(name = "effective_ci_cap")
    public Money effectiveCiCap;

    @Column(nullable = false)
    public boolean projected;
}
