package cn.yibao.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client-chosen operation names cannot grow the metric series without bound. */
class OperationNamesTest {

    @Test
    void the_first_fifty_names_keep_their_own_tag_and_later_ones_share_other() {
        OperationNames names = new OperationNames();
        for (int i = 0; i < 50; i++) {
            assertThat(names.tag("Op" + i)).isEqualTo("Op" + i);
        }
        assertThat(names.tag("Op50")).isEqualTo("other");
        assertThat(names.tag("MyInsurance")).isEqualTo("other");
        assertThat(names.tag("Op7")).isEqualTo("Op7");
    }

    @Test
    void an_unnamed_operation_is_anonymous_and_a_name_no_document_could_declare_is_other() {
        OperationNames names = new OperationNames();
        assertThat(names.tag(null)).isEqualTo("anonymous");
        assertThat(names.tag("")).isEqualTo("anonymous");
        assertThat(names.tag("N".repeat(64))).isEqualTo("N".repeat(64));
        assertThat(names.tag("N".repeat(65))).isEqualTo("other");
        assertThat(names.tag("我的保险")).isEqualTo("other");
        assertThat(names.tag("a\"} 1\nevil")).isEqualTo("other");
    }

    @Test
    void names_that_were_refused_take_no_place() {
        OperationNames names = new OperationNames();
        for (int i = 0; i < 100; i++) {
            names.tag("x".repeat(65) + i);
        }
        assertThat(names.tag("SubmitClaim")).isEqualTo("SubmitClaim");
    }
}
