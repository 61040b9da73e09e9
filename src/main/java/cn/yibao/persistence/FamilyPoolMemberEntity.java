package cn.yibao.persistence;

import cn.yibao.policy.model.Relation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** A member of a network (or a relative bound by an authoriser); inactive once left or dissolved. */
@Entity
@Table(name = "family_pool_member")
public class FamilyPoolMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "network_id", nullable = false)
    public Long networkId;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relation relation;

    @Column(name = "joined_on", nullable = false)
    public LocalDateTime joinedOn;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "left_at")
    public OffsetDateTime leftAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
