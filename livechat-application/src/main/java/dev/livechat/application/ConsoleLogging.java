package dev.livechat.application;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The service's logging, configured in code: one line an event on the console, text by default or
 * one JSON object a line with {@code LIVECHAT_LOG_FORMAT=json} (logback's {@code JsonEncoder}, the
 * request id under {@code mdc}), both with the request id; Jetty, Hibernate and the pool at WARN.
 *
 * <p>In code rather than in a {@code logback.xml}: reading XML (the JDK's parser, then logback's
 * Joran) took about a tenth of a second of every start, before anything else could begin. A
 * configuration of one's own still wins: {@code -Dlogback.configurationFile=…}, or a {@code
 * logback-test.xml} on the class path (the tests').
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_LOW_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    static final String FORMAT = "LIVECHAT_LOG_FORMAT";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{36} [%X{requestId:--}] - %msg%n";

    /** Quieter than INFO: their INFO lines repeat what the service says itself. */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "org.hibernate", Level.WARN,
            // expected conflicts (a lost join race, a duplicate key) are answered by the domain, not errors
            "org.hibernate.orm.jdbc.error", Level.ERROR,
            "com.zaxxer.hikari", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || ConsoleLogging.class.getClassLoader().getResource("logback-test.xml") != null)
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        String format = context.getProperty(FORMAT);
        configure(context, format != null ? format : System.getenv(FORMAT));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Configures the context for {@code format} ({@code json}, else text; {@link Config} refuses others). */
    static void configure(LoggerContext context, String format) {
        Encoder<ILoggingEvent> encoder = "json".equals(format) ? json() : text();
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    private static Encoder<ILoggingEvent> text() {
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setPattern(PATTERN);
        return text;
    }

    /** The message as read ("formattedMessage"), not its pattern and arguments apart. */
    private static Encoder<ILoggingEvent> json() {
        JsonEncoder json = new JsonEncoder();
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.setWithContext(false);
        json.setWithMessage(false);
        json.setWithArguments(false);
        json.setWithFormattedMessage(true);
        return json;
    }
}
