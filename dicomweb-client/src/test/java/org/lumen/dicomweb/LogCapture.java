package org.lumen.dicomweb;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures the log events of the {@code org.lumen.dicomweb} loggers through logback (the SLF4J
 * backend on the test class path) at a chosen level, until closed.
 */
final class LogCapture implements AutoCloseable {
    private final Logger logger = (Logger) LoggerFactory.getLogger("org.lumen.dicomweb");
    private final Level previous;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture(Level level) {
        previous = logger.getLevel();
        logger.setLevel(level);
        appender.start();
        logger.addAppender(appender);
    }

    /** Formatted messages with their throwables' messages, at {@code level} or above. */
    List<String> lines(Level atLeast) {
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(atLeast))
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : " | " + e.getThrowableProxy().getMessage()))
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
    }
}
