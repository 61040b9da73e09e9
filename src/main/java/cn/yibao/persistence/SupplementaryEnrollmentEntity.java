package cn.yibao.persistence;

import cn.yibao.policy.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A year of 天一甬宁保: a real enrollment, or a record of a prior year's enrollment (SPEC §7). */
@Entity
@Table(name = "supplementary_enrollment")
@IdClass(SupplementaryEnrollmentEntity.Key.class)
public class SupplementaryEnrollmentEntity {

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Id
    public int year;

    @Column(name = "pre_existing", nullable = false)
    public boolean preExisting;

    public Money premium;

    @Column(name = "record_only", nullable = false)
    public boolean recordOnly;

    /** Composite key (person, year). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public Long personId;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.personId, personId) && k.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, year);
        }
    }
}
