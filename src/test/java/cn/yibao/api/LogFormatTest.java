package cn.yibao.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.api.support.ConsoleLog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Tests (like dev) log plain lines for people; the prod profile logs JSON (ProdProfileTest). */
@QuarkusTest
class LogFormatTest {

    @Test
    void test_logs_are_plain_text_lines() {
        String line = ConsoleLog.format("接口已启动 started");
        assertThat(line).contains("INFO", "接口已启动 started").doesNotStartWith("{");
    }
}
