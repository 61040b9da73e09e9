package cn.yibao.api.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/** What the running service's console log handler writes for one record. */
public final class ConsoleLog {

    private ConsoleLog() {}

    /** The console handler's rendering of an INFO record with this message from category cn.yibao. */
    public static String format(String message) {
        ExtLogRecord r = new ExtLogRecord(Level.INFO, message, ExtLogRecord.FormatStyle.NO_FORMAT, "cn.yibao");
        r.setLoggerName("cn.yibao");
        return console().getFormatter().format(r);
    }

    private static ConsoleHandler console() {
        Deque<Handler> todo = new ArrayDeque<>(
                java.util.List.of(LogContext.getLogContext().getLogger("").getHandlers()));
        while (!todo.isEmpty()) {
            Handler h = todo.pop();
            if (h instanceof ConsoleHandler c) {
                return c;
            }
            if (h instanceof ExtHandler e) {
                todo.addAll(java.util.List.of(e.getHandlers()));
            }
        }
        throw new IllegalStateException("no console log handler");
    }
}
