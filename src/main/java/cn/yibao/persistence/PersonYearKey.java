package cn.yibao.persistence;

import cn.yibao.policy.model.Scheme;
import java.io.Serializable;
import java.util.Objects;

/** Composite key (person, policy year, scheme) of the per-year tables. */
public class PersonYearKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public Long personId;
    public int year;
    public Scheme scheme;

    public PersonYearKey() {}

    public PersonYearKey(Long personId, int year, Scheme scheme) {
        this.personId = personId;
        this.year = year;
        this.scheme = scheme;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonYearKey k
                && Objects.equals(k.personId, personId)
                && k.year == year
                && k.scheme == scheme;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, year, scheme);
    }
}
