package io.sellerbridge.testing;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Everything the bundle logs while a test runs (messages and stack traces), for assertions such as "no secret". */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final StringBuilder text = new StringBuilder();
    private final java.util.List<String> stackTraces = new java.util.ArrayList<>();

    private LogCapture() {
        super("test-capture", null, null, true, Property.EMPTY_ARRAY);
    }

    public static LogCapture capture() {
        LogCapture capture = new LogCapture();
        capture.attach();
        return capture;
    }

    private void attach() {
        start();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().addAppender(this, Level.ALL, null);
        ctx.updateLoggers();
    }

    @Override
    public synchronized void append(LogEvent event) {
        text.append(event.getLoggerName()).append(' ').append(event.getMessage().getFormattedMessage()).append('\n');
        if (event.getThrown() != null) {
            StringWriter w = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(w));
            text.append(w).append('\n');
            if (event.getLevel().isMoreSpecificThan(Level.WARN)) {
                stackTraces.add(event.getLevel() + " " + event.getLoggerName() + " " + event.getMessage().getFormattedMessage()
                        + ": " + event.getThrown());
            }
        }
    }

    /** The warnings and errors logged with a stack trace, one line each. */
    public synchronized java.util.List<String> stackTraces() {
        return java.util.List.copyOf(stackTraces);
    }

    public synchronized String text() {
        return text.toString();
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender(getName());
        ctx.updateLoggers();
        stop();
    }
}
