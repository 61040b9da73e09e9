package cn.yibao.policy.claim;

import cn.yibao.policy.common.Nullable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether an enrolment covers the claim's service date (SPEC §3.0.5, §8 C1): COVERED, in its
 * WAITING period, or NONE. {@code benefitsStart}/{@code benefitsEnd} are the benefit period of the
 * nearest enrolment, used only for the reason line.
 */
public record Coverage(Status status, @Nullable LocalDate benefitsStart, @Nullable LocalDate benefitsEnd) {

    public enum Status {
        COVERED,
        WAITING,
        NONE
    }

    private static final Coverage COVERED = new Coverage(Status.COVERED, null, null);

    public Coverage {
        Objects.requireNonNull(status, "status");
    }

    public static Coverage covered() {
        return COVERED;
    }

    public static Coverage waiting(LocalDate benefitsStart, LocalDate benefitsEnd) {
        return new Coverage(Status.WAITING, benefitsStart, benefitsEnd);
    }

    public static Coverage none(@Nullable LocalDate benefitsStart, @Nullable LocalDate benefitsEnd) {
        return new Coverage(Status.NONE, benefitsStart, benefitsEnd);
    }

    public boolean isCovered() {
        return status == Status.COVERED;
    }
}
