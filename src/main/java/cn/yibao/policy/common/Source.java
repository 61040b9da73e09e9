package cn.yibao.policy.common;

import java.util.Objects;

/**
 * Where a parameter value comes from: a policy document and the section inside it, optionally the
 * interpretation decision of the yibao SPEC that fixes its reading, and, for a year served as a
 * projection of the latest published one, the year it was projected from.
 */
public record Source(String documentId, String title, String section, String decision, Integer projectedFrom) {

    public Source {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
    }

    /** Title of the yibao specification, as {@code spec} in policy/documents.yaml. */
    public static final String SPEC_TITLE = "yibao policy specification (SPEC)";

    /** A citation of the specification itself, for structure no policy document states (e.g. layer order). */
    public static Source specification(String section, String decision) {
        return new Source("spec", SPEC_TITLE, section, decision, null);
    }

    public Source projectedFrom(int year) {
        return new Source(documentId, title, section, decision, year);
    }

    public boolean projected() {
        return projectedFrom != null;
    }

    /** The citation shown to users, e.g. {@code 《…》 R-Q6 (SPEC D3)}. */
    public String cite() {
        StringBuilder s = new StringBuilder(title.length() + section.length() + 24);
        s.append('《').append(title).append("》 ").append(section);
        if (decision != null) {
            s.append(" (yibao SPEC ").append(decision).append(')');
        }
        if (projectedFrom != null) {
            s.append(" [projected from ").append(projectedFrom).append(']');
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return cite();
    }
}
