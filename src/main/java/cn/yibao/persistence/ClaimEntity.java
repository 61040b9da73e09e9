package cn.yibao.persistence;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.model.ServiceLocation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A submitted claim and what each layer paid. The six layers add up to the total cost (a CHECK). */
@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "enrollment_id")
    public Long enrollmentId;

    @Column(name = "policy_year", nullable = false)
    public int policyYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scheme scheme;

    @Column(name = "service_date", nullable = false)
    public LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_type", nullable = false)
    public CareType careType;

    @Enumerated(EnumType.STRING)
    @Column(name = "hospital_level", nullable = false)
    public HospitalLevel hospitalLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceLocation location;

    @Column(name = "in_scope_cost", nullable = false)
    public Money inScopeCost;

    @Column(name = "pre_self_pay", nullable = false)
    public Money preSelfPay;

    @Column(name = "self_paid_cost", nullable = false)
    public Money selfPaidCost;

    @Column(name = "special_drug_cost", nullable = false)
    public Money specialDrugCost;

    @Column(name = "proton_heavy_ion", nullable = false)
    public Money protonHeavyIon;

    @Column(name = "chronic_disease", nullable = false)
    public boolean chronicDisease;

    @Enumerated(EnumType.STRING)
    @Column(name = "outpatient_program")
    public OutpatientProgram outpatientProgram;

    @Column(name = "total_cost", nullable = false)
    public Money totalCost;

    @Column(name = "personal_account", nullable = false)
    public Money personalAccount;

    @Column(name = "basic_fund", nullable = false)
    public Money basicFund;

    @Column(name = "critical_illness", nullable = false)
    public Money criticalIllness;

    @Column(nullable = false)
    public Money supplementary;

    @Column(name = "family_pool", nullable = false)
    public Money familyPool;

    @Column(nullable = false)
    public Money personal;

    /** Comma-separated layer ids not computed because a parameter is not published. */
    @Column(name = "incomplete_layers", nullable = false)
    public String incompleteLayers;
}
