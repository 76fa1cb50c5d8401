package io.github.camelinstagram.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures what the component logs at DEBUG and above, and what anything else logs at WARN and above, for tests that check warnings and that no secret is ever logged.
 */
final class LogCapture extends AbstractAppender implements AutoCloseable {

    /** A captured line: level, logger and the formatted message with its exception. */
    record Line(Level level, String logger, String text) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final LoggerConfig rootConfig;
    private final LoggerConfig webhookConfig;
    private final Level previousWebhookLevel;
    private final boolean previousAdditive;

    private LogCapture() {
        super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        rootConfig = configuration.getRootLogger();
        webhookConfig = configuration.getLoggerConfig("io.github.camelinstagram.webhook");
        if (webhookConfig == rootConfig) {
            throw new IllegalStateException("log4j2-test.properties must configure io.github.camelinstagram.webhook");
        }
        previousWebhookLevel = webhookConfig.getLevel();
        previousAdditive = webhookConfig.isAdditive();
        start();
        // other loggers at the root's level (WARN); the component's at DEBUG, captured only (not on the console)
        rootConfig.addAppender(this, null, null);
        webhookConfig.addAppender(this, Level.DEBUG, null);
        webhookConfig.setLevel(Level.DEBUG);
        webhookConfig.setAdditive(false);
        context.updateLoggers();
    }

    static LogCapture capture() {
        return new LogCapture();
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            text.append(" | ").append(t);
        }
        lines.add(new Line(event.getLevel(), event.getLoggerName(), text.toString()));
    }

    List<Line> lines() {
        return lines;
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        rootConfig.removeAppender(getName());
        webhookConfig.removeAppender(getName());
        webhookConfig.setLevel(previousWebhookLevel);
        webhookConfig.setAdditive(previousAdditive);
        context.updateLoggers();
        stop();
    }
}
