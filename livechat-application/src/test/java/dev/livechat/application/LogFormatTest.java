package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The service's logging: text lines by default, JSON lines with LIVECHAT_LOG_FORMAT=json, both with the request id. */
class LogFormatTest {
    @Test
    void jsonFormatWritesOneJsonObjectALineWithTheRequestId() throws Exception {
        String line = logOneLine("json");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("formattedMessage").asText()).isEqualTo("Conversation c-1 started");
        assertThat(json.path("mdc").path("requestId").asText()).isEqualTo("req-42");
    }

    @Test
    void textIsTheDefaultAndShowsTheRequestId() throws Exception {
        String line = logOneLine(null);
        assertThat(line).contains("INFO", "[req-42] - Conversation c-1 started").doesNotStartWith("{");
    }

    @Test
    void anUnknownFormatStopsTheStart() {
        assertThatThrownBy(() -> Config.from(Map.of("LIVECHAT_LOG_FORMAT", "xml"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("LIVECHAT_LOG_FORMAT");
    }

    @Test
    void isTheServicesConfigurationUnlessTheTestsOwnIsOnTheClassPath() {
        LoggerContext context = new LoggerContext();
        // this class path has the tests' logback-test.xml: it wins, as -Dlogback.configurationFile would
        assertThat(new ConsoleLogging().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME)
                        .iteratorForAppenders()
                        .hasNext())
                .isFalse();
    }

    @Test
    void quietsTheLibrariesThatRepeatTheService() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging.configure(context, "text");
        assertThat(context.getLogger("org.eclipse.jetty.server").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.hibernate.orm.jdbc.error").getEffectiveLevel())
                .isEqualTo(Level.ERROR);
        assertThat(context.getLogger("dev.livechat.application.Main").getEffectiveLevel())
                .isEqualTo(Level.INFO);
        context.stop();
    }

    /** Configures a context of its own as the service does (the format given, as LIVECHAT_LOG_FORMAT would). */
    private static String logOneLine(String format) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ConsoleLogging.configure(context, format);
            MDC.put("requestId", "req-42");
            context.getLogger("dev.livechat.test").info("Conversation {} started", "c-1");
        } finally {
            MDC.remove("requestId");
            context.stop();
            System.setOut(console);
        }
        assertThat(new StatusUtil(context).getHighestLevel(0))
                .as("logback's own warnings and errors")
                .isLessThan(Status.WARN);
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        return lines[0];
    }
}
