package cn.yibao.persistence;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.StudentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A registered person. The national ID is stored only encrypted, hashed for look-up, and masked. */
@Entity
@Table(name = "person")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "national_id_encrypted", nullable = false)
    public byte[] nationalIdEncrypted;

    @Column(name = "national_id_hash", nullable = false, unique = true)
    public byte[] nationalIdHash;

    @Column(name = "national_id_masked", nullable = false)
    public String nationalIdMasked;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(nullable = false)
    public boolean male;

    @Column(nullable = false)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Residency residency;

    @Enumerated(EnumType.STRING)
    @Column(name = "student_status", nullable = false)
    public StudentStatus studentStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "assistance_status", nullable = false)
    public AssistanceStatus assistanceStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmploymentStatus employment;

    @Column(name = "monthly_contribution_base")
    public Money monthlyContributionBase;

    @Column(name = "historical_account_balance", nullable = false)
    public Money historicalAccountBalance;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
