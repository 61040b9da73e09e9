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

/** A year of a person's insurance history: imported, or written by an enrollment. */
@Entity
@Table(name = "insured_year")
@IdClass(PersonYearKey.class)
public class InsuredYearEntity {

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Id
    public int year;

    @Id
    @Enumerated(EnumType.STRING)
    public Scheme scheme;

    @Column(nullable = false)
    public String region;

    /** Null = unknown (not a zero-claim year). */
    @Column(name = "fund_reimbursed")
    public Money fundReimbursed;

    @Column(name = "paid_in_window", nullable = false)
    public boolean paidInWindow;

    @Column(nullable = false)
    public String origin;
}
