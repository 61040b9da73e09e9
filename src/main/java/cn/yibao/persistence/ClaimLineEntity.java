package cn.yibao.persistence;

import cn.yibao.policy.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One adjudication line of a claim: layer, rule, base, rate, amount and source. */
@Entity
@Table(name = "claim_line")
@IdClass(LineKey.class)
public class ClaimLineEntity extends ExplanationLineEntity {

    @Id
    @Column(name = "claim_id")
    public Long ownerId;

    @Id
    public short seq;

    @Column(nullable = false)
    public String layer;

    public Money base;

    @Column(precision = 7, scale = 4)
    public BigDecimal rate;

    public Money amount;
}
