package cn.yibao.api.types;

import java.util.List;

/**
 * A person's lists read together with the person by a top-level query that looked ahead at its
 * selection (one round trip), ready to show; null where the query did not ask. Served for
 * {@code Person.enrollments} and {@code Person.claims} by {@code api.graphql.ReadAheadFields}.
 */
public record ReadAhead(List<EnrollmentView> enrollments, List<ClaimView> claims) {

    // Identity, not the lists' contents: a view holding this is a data-loader key, hashed per field.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
