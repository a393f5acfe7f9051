package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --help} and {@code --version} print, and that the help cannot drift from Config. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void help_lists_every_variable_with_its_default_and_meaning() throws Exception {
        Child.Result r = Child.exec(dir, Map.of(), List.of("--help"));
        assertThat(r.status()).isZero();
        for (Variables.Variable v : Variables.ALL)
            assertThat(r.stdout())
                    .contains(v.name())
                    .contains("(default: " + v.fallback() + ")")
                    .contains(v.meaning());
        assertThat(r.stdout()).contains("--demo", "--version");
    }

    @Test
    void version_prints_the_maven_version() throws Exception {
        Child.Result r = Child.exec(dir, Map.of(), List.of("--version"));
        assertThat(r.status()).isZero();
        assertThat(r.stdout().strip()).matches("livechat \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void every_listed_variable_is_read_by_config() {
        // a variable read but not listed fails every start (Settings refuses it); this is the other way
        Settings settings = Settings.from(Map.of());
        Config.from(settings, false);
        assertThat(settings.keysRead())
                .containsAll(Variables.NAMES.stream()
                        .filter(n -> !n.equals("LIVECHAT_CONFIG_FILE")) // read before Config, by Settings.from
                        .toList());
    }

    @Test
    void a_missing_config_file_is_named_as_missing() {
        assertThatThrownBy(() -> Config.from(
                        Map.of(
                                "LIVECHAT_CONFIG_FILE",
                                dir.resolve("nope.properties").toString()),
                        false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("LIVECHAT_CONFIG_FILE")
                .hasMessageContaining("does not exist");
    }
}
