package io.github.camelinstagram.testing;

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
 * Captures log lines for tests that check what is logged, and that no secret ever is: the components'
 * ({@code io.github.camelinstagram}) at DEBUG and above, captured without reaching the console, and everything else at
 * the given level and above (WARN by default; INFO to read camel-main's startup summary).
 */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    /** A captured line: level, logger and the formatted message with its exceptions. */
    public record Line(Level level, String logger, String text) {
    }

    private static final String COMPONENTS = "io.github.camelinstagram";

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final LoggerConfig rootConfig;
    private final LoggerConfig componentsConfig;
    private final Level previousRootLevel;
    private final Level previousComponentsLevel;
    private final boolean previousAdditive;

    private LogCapture(Level others) {
        super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        rootConfig = configuration.getRootLogger();
        componentsConfig = configuration.getLoggerConfig(COMPONENTS);
        if (componentsConfig == rootConfig) {
            throw new IllegalStateException("log4j2-test.properties must configure " + COMPONENTS);
        }
        previousRootLevel = rootConfig.getLevel();
        previousComponentsLevel = componentsConfig.getLevel();
        previousAdditive = componentsConfig.isAdditive();
        start();
        rootConfig.addAppender(this, others, null);
        if (others.isLessSpecificThan(previousRootLevel)) {
            rootConfig.setLevel(others);
        }
        componentsConfig.addAppender(this, Level.DEBUG, null);
        componentsConfig.setLevel(Level.DEBUG);
        componentsConfig.setAdditive(false);
        context.updateLoggers();
    }

    /** Captures other loggers at WARN and above. */
    public static LogCapture capture() {
        return new LogCapture(Level.WARN);
    }

    /** Captures other loggers at the given level and above. */
    public static LogCapture capture(Level others) {
        return new LogCapture(others);
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            text.append(" | ").append(t);
        }
        lines.add(new Line(event.getLevel(), event.getLoggerName(), text.toString()));
    }

    public List<Line> lines() {
        return lines;
    }

    /** The lines at the given level or above whose text contains the given text. */
    public List<Line> find(Level atLeast, String contained) {
        return lines.stream().filter(l -> l.level().isMoreSpecificThan(atLeast) && l.text().contains(contained))
                .toList();
    }

    /** Everything captured, one line each, for assertion messages. */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.level()).append(' ').append(l.logger()).append(" - ").append(l.text())
                .append('\n'));
        return sb.toString();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        rootConfig.removeAppender(getName());
        rootConfig.setLevel(previousRootLevel);
        componentsConfig.removeAppender(getName());
        componentsConfig.setLevel(previousComponentsLevel);
        componentsConfig.setAdditive(previousAdditive);
        context.updateLoggers();
        stop();
    }
}
