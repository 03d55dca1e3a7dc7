package com.seventargets.camel;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Captures everything logged, with stack traces, at the levels given, until closed.
 */
final class LogCapture implements AutoCloseable {

    private final StringWriter output = new StringWriter();
    private final WriterAppender appender;
    private final Map<String, Level> previousLevels = new LinkedHashMap<>();

    LogCapture(Map<String, Level> levels) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        appender = WriterAppender.newBuilder()
                .setName("capture")
                .setTarget(output)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c [%t] %m %throwable%n").build())
                .build();
        appender.start();
        configuration.getRootLogger().addAppender(appender, Level.ALL, null);
        levels.forEach((logger, level) -> {
            LoggerConfig config = configuration.getLoggerConfig(logger);
            previousLevels.put(logger, config.getName().equals(logger) ? config.getLevel() : null);
            Configurator.setLevel(logger, level);
        });
        for (LoggerConfig config : configuration.getLoggers().values()) {
            if (!config.getAppenders().containsKey(appender.getName()) && !config.isAdditive()) {
                config.addAppender(appender, Level.ALL, null);
            }
        }
        context.updateLoggers();
    }

    String text() {
        return output.toString();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        // a logger that had no configuration of its own gets none again, so that it inherits its parent's level
        previousLevels.forEach((logger, level) -> {
            if (level == null) {
                configuration.removeLogger(logger);
            } else {
                Configurator.setLevel(logger, level);
            }
        });
        configuration.getRootLogger().removeAppender(appender.getName());
        configuration.getLoggers().values().forEach(config -> config.removeAppender(appender.getName()));
        appender.stop();
        context.updateLoggers();
    }
}
