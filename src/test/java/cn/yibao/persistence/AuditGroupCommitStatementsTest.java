package cn.yibao.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a group-committed batch is split into multi-row INSERTs (the chain itself: AuditTrailTest). */
class AuditGroupCommitStatementsTest {

    @Test
    void a_batch_goes_in_power_of_two_inserts_of_at_most_64_rows_in_its_order() {
        assertThat(split(1)).containsExactly(1);
        assertThat(split(3)).containsExactly(2, 1);
        assertThat(split(100)).containsExactly(64, 32, 4);
        assertThat(split(AuditGroupCommit.MAX_BATCH)).containsExactly(64, 64, 64, 64);
    }

    @Test
    void an_insert_of_n_rows_has_six_parameters_per_row() {
        assertThat(AuditLogRepository.insert(3).chars().filter(c -> c == '?')).hasSize(18);
        assertThat(AuditLogRepository.insert(1))
                .isEqualTo("INSERT INTO audit_log (subject, role, action, target, outcome, details)"
                        + " VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))");
    }

    private static List<Integer> split(int records) {
        List<Integer> rows = new ArrayList<>();
        for (int left = records; left > 0; ) {
            int n = AuditGroupCommit.statementRows(left);
            rows.add(n);
            left -= n;
        }
        return rows;
    }
}
