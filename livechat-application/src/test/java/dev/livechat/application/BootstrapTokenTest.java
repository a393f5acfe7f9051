package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A bootstrap token that cannot take effect says so, instead of leaving every request a 401. */
class BootstrapTokenTest {
    private static final String FIRST = "first-manager-token-0123456789";

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LiveChatService.class);

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void a_second_token_on_a_database_with_a_manager_is_a_warning_naming_what_to_do() {
        startAndStop(FIRST);
        assertThat(warnings()).isEmpty();

        startAndStop("another-token-that-nobody-knows");

        assertThat(warnings())
                .singleElement()
                .asString()
                .contains("LIVECHAT_BOOTSTRAP_TOKEN ignored", "already has a manager", "LIVECHAT_DATA_DIR");
    }

    @Test
    void the_managers_own_token_on_a_restart_is_no_warning() {
        startAndStop(FIRST);
        startAndStop(FIRST);
        assertThat(warnings()).isEmpty();
    }

    private List<String> warnings() {
        return log.list.stream()
                .filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private void startAndStop(String token) {
        Config config = Config.from(
                Map.of("LIVECHAT_PORT", "0", "LIVECHAT_DATA_DIR", dir.toString(), "LIVECHAT_BOOTSTRAP_TOKEN", token),
                false);
        LiveChatService.start(config, Clock.systemUTC()).close();
    }
}
