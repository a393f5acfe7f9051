package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.persistence.DatabaseSettings;
import dev.livechat.adapter.persistence.JpaStorage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the service fails to start ends in one line on stderr naming the variable to change,
 * exit 2 for a wrong value and 1 for a dependency that does not answer: what an operator reads.
 */
class StartFailureTest {
    @TempDir
    Path dir;

    @Test
    void an_unknown_host_is_a_configuration_error_naming_LIVECHAT_HOST() throws Exception {
        Outcome out = run(Map.of("LIVECHAT_HOST", "no.such.host.invalid"));
        out.is(2, "LIVECHAT_HOST");
    }

    @Test
    void an_address_not_on_this_machine_is_not_reported_as_a_port_in_use() throws Exception {
        Outcome out = run(Map.of("LIVECHAT_HOST", "192.0.2.1")); // TEST-NET-1: never a local interface
        out.is(2, "LIVECHAT_HOST");
        assertThat(out.line()).doesNotContainIgnoringCase("in use");
    }

    @Test
    void a_port_in_use_is_reported_before_the_database_is_created() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Outcome out = run(Map.of("LIVECHAT_PORT", String.valueOf(taken.getLocalPort())));
            out.is(2, "LIVECHAT_PORT");
            assertThat(out.line()).contains("in use");
        }
        assertThat(dir.resolve("data"))
                .as("no database was created, let alone migrated")
                .doesNotExist();
    }

    @Test
    void an_unreachable_database_is_unavailable_naming_LIVECHAT_DB_URL() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Outcome out = run(Map.of("LIVECHAT_DB_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/test"));
        out.is(1, "LIVECHAT_DB_URL");
    }

    @Test
    void a_data_directory_held_by_another_process_is_one_line_not_the_driver_advice() throws Exception {
        try (JpaStorage first = JpaStorage.open(DatabaseSettings.h2File(dir.resolve("data")))) {
            Outcome out = run(Map.of());
            out.is(1, "LIVECHAT_DATA_DIR");
            assertThat(out.line()).contains("in use by another process");
        }
    }

    @Test
    void an_outbox_that_cannot_be_created_fails_at_start_not_at_delivery() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x"); // root ignores permissions, not this
        Outcome out = run(Map.of("LIVECHAT_OUTBOX_DIR", file.resolve("outbox").toString()));
        out.is(2, "LIVECHAT_OUTBOX_DIR");
    }

    @Test
    void a_data_directory_that_cannot_be_created_names_LIVECHAT_DATA_DIR() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Map<String, String> env = new HashMap<>();
        env.put("LIVECHAT_DATA_DIR", file.resolve("data").toString());
        env.put("LIVECHAT_OUTBOX_DIR", dir.resolve("outbox").toString());
        run(env).is(2, "LIVECHAT_DATA_DIR");
    }

    record Outcome(int status, String stderr) {
        List<String> lines() {
            return stderr.lines().filter(l -> !l.isBlank()).toList();
        }

        String line() {
            return lines().isEmpty() ? "" : lines().get(0);
        }

        void is(int expectedStatus, String variable) {
            assertThat(lines()).as("stderr").hasSize(1);
            assertThat(line()).contains(variable);
            assertThat(status).as("exit status; stderr: %s", stderr).isEqualTo(expectedStatus);
        }
    }

    /** Main in a child JVM on a fresh data directory, port 0 on loopback unless overridden. */
    private Outcome run(Map<String, String> overrides) throws IOException, InterruptedException {
        return Child.run(dir, overrides, List.of());
    }
}
