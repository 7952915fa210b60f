package dev.parallax.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Records what one logger category logs while open, to assert on levels and messages. */
public final class CapturedLog implements AutoCloseable {

    /** JBoss Logging's ERROR and WARN, as java.util.logging levels. */
    public static final int ERROR = 1000;
    public static final int WARN = 900;

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public CapturedLog(Class<?> category) {
        this(category.getName());
    }

    /** Records a logger category and everything below it ("dev.parallax" takes in every class of the project). */
    public CapturedLog(String category) {
        logger = Logger.getLogger(category);
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Every formatted message so far. */
    public List<String> messages() {
        return messagesAtLeast(Integer.MIN_VALUE);
    }

    /** The formatted messages logged at {@code level} or above. */
    public List<String> messagesAtLeast(int level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level).map(CapturedLog::format).toList();
    }

    private static String format(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        Object[] params = record.getParameters();
        String message = record.getMessage();
        if (params != null && params.length > 0 && message.contains("%")) {
            try {
                return String.format(message, params);
            } catch (RuntimeException e) {
                return message;
            }
        }
        return message;
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
