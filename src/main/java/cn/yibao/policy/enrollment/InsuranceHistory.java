package cn.yibao.policy.enrollment;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A person's insurance by policy year (SPEC §3.0.1, §7). A year not recorded is {@link CoverageStatus#NONE}.
 * Any region's resident insurance counts (P14).
 */
public record InsuranceHistory(Map<Integer, Year> years) {

    public static final InsuranceHistory EMPTY = new InsuranceHistory(Map.of());

    public InsuranceHistory {
        years = Map.copyOf(years);
    }

    /**
     * One year. {@code fundReimbursed}: what the basic pooled fund paid in a RESIDENT year; null =
     * unknown (not a zero-claim year). {@code paidInWindow}: the year was paid inside its enrolment
     * window (Shanghai's no-waiting condition, C14); imported years default to true.
     */
    public record Year(CoverageStatus status, @Nullable Money fundReimbursed, boolean paidInWindow) {
        public Year {
            Objects.requireNonNull(status, "status");
        }

        public boolean zeroClaim() {
            return status == CoverageStatus.RESIDENT && fundReimbursed != null && fundReimbursed.isZero();
        }
    }

    public CoverageStatus status(int year) {
        Year y = years.get(year);
        return y == null ? CoverageStatus.NONE : y.status();
    }

    /** The recorded year, or an uninsured year. */
    public Year year(int year) {
        Year y = years.get(year);
        return y == null ? new Year(CoverageStatus.NONE, null, true) : y;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Convenience for tests and imports: paid in window unless said otherwise. */
    public static final class Builder {
        private final Map<Integer, Year> years = new TreeMap<>();

        public Builder resident(int year, @Nullable Money fundReimbursed) {
            return put(year, new Year(CoverageStatus.RESIDENT, fundReimbursed, true));
        }

        public Builder residentOutOfWindow(int year, @Nullable Money fundReimbursed) {
            return put(year, new Year(CoverageStatus.RESIDENT, fundReimbursed, false));
        }

        public Builder employee(int year) {
            return put(year, new Year(CoverageStatus.EMPLOYEE, null, true));
        }

        public Builder none(int year) {
            return put(year, new Year(CoverageStatus.NONE, null, true));
        }

        public Builder put(int year, Year record) {
            years.put(year, record);
            return this;
        }

        public InsuranceHistory build() {
            return new InsuranceHistory(years);
        }
    }
}
