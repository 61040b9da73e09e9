package cn.yibao.api;

import static cn.yibao.api.FamilyPoolGraphQLTest.QUERY;
import static cn.yibao.api.FamilyPoolGraphQLTest.id;
import static cn.yibao.api.support.GraphQL.callAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import cn.yibao.api.FamilyPoolGraphQLTest.Lin;
import cn.yibao.api.support.Tokens;
import cn.yibao.service.FamilyPeople;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Reading a family network shows other persons: each read leaves one audit record naming them. */
@QuarkusTest
class FamilyReadsAuditTest {

    @Inject
    FamilyPeople people;

    @Inject
    DataSource db;

    @Test
    void an_officer_reading_a_network_leaves_one_record_of_the_founder_and_members() throws SQLException {
        Lin f = FamilyPoolGraphQLTest.linFamily(people);
        String net = FamilyPoolGraphQLTest.linNetwork(f);
        String officer = "sh-officer-" + UUID.randomUUID();

        callAs(Tokens.officer(officer, List.of("shanghai")), QUERY, "id", net).body("errors", nullValue());

        assertThat(reads(officer))
                .containsExactly(
                        "read:person query:familyPoolNetwork [" + f.lin() + ", " + f.son() + ", " + f.father() + "]");
    }

    @Test
    void a_member_reading_its_network_leaves_a_record_of_the_founder_only() throws SQLException {
        Lin f = FamilyPoolGraphQLTest.linFamily(people);
        String net = FamilyPoolGraphQLTest.linNetwork(f);

        callAs(Tokens.citizen(id(f.son())), QUERY, "id", net).body("errors", nullValue());

        assertThat(reads(id(f.son()))).containsExactly("read:person query:familyPoolNetwork [" + f.lin() + "]");
    }

    /** The subject's records: action, via and the person ids listed. */
    private List<String> reads(String subject) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT action, details->>'via', details->>'personIds'"
                        + " FROM audit_log WHERE subject = ? ORDER BY seq")) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
        }
        return out;
    }
}
