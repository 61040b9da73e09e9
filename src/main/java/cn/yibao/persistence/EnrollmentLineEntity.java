package cn.yibao.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One explanation line of an enrollment. */
@Entity
@Table(name = "enrollment_line")
@IdClass(LineKey.class)
public class EnrollmentLineEntity extends ExplanationLineEntity {

    @Id
    @Column(name = "enrollment_id")
    public Long ownerId;

    @Id
    public short seq;
}
