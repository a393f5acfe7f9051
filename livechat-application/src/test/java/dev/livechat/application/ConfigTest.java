package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.adapter.rest.RateLimits;
import dev.livechat.adapter.rest.RateLimits.Limit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {
    @Test
    void defaultsRunOnAFreshMachine() {
        Config config = Config.from(Map.of(), false);

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dbUrl()).isEmpty(); // an H2 file under ./data
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.mail().smtpHost()).isEmpty(); // .eml files
        assertThat(config.mail().outboxDir()).isEqualTo(Path.of("data", "outbox"));
        assertThat(config.inactivityTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.maxBodyBytes()).isEqualTo(65_536);
        assertThat(config.demo()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "LIVECHAT_PORT|eighty|LIVECHAT_PORT",
                "LIVECHAT_PORT|70000|LIVECHAT_PORT",
                "LIVECHAT_INACTIVITY_TIMEOUT|30 minutes|LIVECHAT_INACTIVITY_TIMEOUT",
                "LIVECHAT_INACTIVITY_TIMEOUT|-PT1M|LIVECHAT_INACTIVITY_TIMEOUT",
                "LIVECHAT_MAX_BODY_BYTES|12|LIVECHAT_MAX_BODY_BYTES",
                "LIVECHAT_DB_URL|jdbc:mysql://x/y|LIVECHAT_DB_URL",
                "LIVECHAT_SMTP_SECURITY|TLS1.0|LIVECHAT_SMTP_SECURITY",
                "LIVECHAT_DEMO|yes|LIVECHAT_DEMO",
                "LIVECHAT_DB_POOL_SIZE|0|LIVECHAT_DB_POOL_SIZE",
                "LIVECHAT_DB_CONNECTION_TIMEOUT|PT0.1S|LIVECHAT_DB_CONNECTION_TIMEOUT",
                "LIVECHAT_RATE_LIMITS|sometimes|LIVECHAT_RATE_LIMITS",
                "LIVECHAT_RATE_LIMIT_STARTS_PER_ADDRESS|30|LIVECHAT_RATE_LIMIT_STARTS_PER_ADDRESS",
                "LIVECHAT_RATE_LIMIT_VISITOR_MESSAGES|0/PT1M|LIVECHAT_RATE_LIMIT_VISITOR_MESSAGES",
                "LIVECHAT_RATE_LIMIT_TRANSCRIPTS|10/hour|LIVECHAT_RATE_LIMIT_TRANSCRIPTS",
                "LIVECHAT_WEBHOOK_DELIVERY_RETENTION|7 days|LIVECHAT_WEBHOOK_DELIVERY_RETENTION",
                "LIVECHAT_WEBHOOK_DELIVERY_RETENTION|P0D|LIVECHAT_WEBHOOK_DELIVERY_RETENTION",
                "LIVECHAT_WEBHOOK_DELIVERY_RETENTION|-P7D|LIVECHAT_WEBHOOK_DELIVERY_RETENTION"
            })
    void aWrongValueStopsTheStartNamingTheVariable(String variable, String value, String named) {
        assertThatThrownBy(() -> Config.from(Map.of(variable, value), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(named + ":")
                .hasMessageContaining(value);
    }

    @Test
    void rateLimitsAreOnByDefaultAndEachIsConfigurable() {
        Config defaults = Config.from(Map.of(), false);
        assertThat(defaults.rateLimits()).isEqualTo(RateLimits.defaults());
        assertThat(defaults.clientAddressHeader()).isEmpty();
        assertThat(defaults.dbConnectionTimeout()).isEqualTo(Duration.ofSeconds(1));

        Config config = Config.from(
                Map.of(
                        "LIVECHAT_RATE_LIMITS", "OFF",
                        "LIVECHAT_RATE_LIMIT_STARTS_PER_ADDRESS", "5/PT10S",
                        "LIVECHAT_RATE_LIMIT_TOKEN_FAILURES", "100/PT1H",
                        "LIVECHAT_CLIENT_ADDRESS_HEADER", "X-Forwarded-For",
                        "LIVECHAT_DB_CONNECTION_TIMEOUT", "PT0.5S"),
                false);
        assertThat(config.rateLimits().enabled()).isFalse();
        assertThat(config.rateLimits().startsPerAddress()).isEqualTo(new Limit(5, Duration.ofSeconds(10)));
        assertThat(config.rateLimits().tokenFailuresPerAddress()).isEqualTo(Limit.perHour(100));
        assertThat(config.rateLimits().startsPerChannel()).isEqualTo(Limit.perMinute(600));
        assertThat(config.clientAddressHeader()).contains("X-Forwarded-For");
        assertThat(config.dbConnectionTimeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void doneWebhookDeliveriesAreKeptSevenDaysUnlessSaidOtherwiseAsAnIsoDuration() {
        assertThat(Config.from(Map.of(), false).webhookDeliveryRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(Config.from(Map.of("LIVECHAT_WEBHOOK_DELIVERY_RETENTION", "P30D"), false)
                        .webhookDeliveryRetention())
                .isEqualTo(Duration.ofDays(30));
        assertThat(Config.from(Map.of("LIVECHAT_WEBHOOK_DELIVERY_RETENTION", "PT12H"), false)
                        .webhookDeliveryRetention())
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aShortBootstrapTokenIsRefusedWithoutBeingEchoed() {
        assertThatThrownBy(() -> Config.from(Map.of("LIVECHAT_BOOTSTRAP_TOKEN", "tooshort"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("LIVECHAT_BOOTSTRAP_TOKEN:")
                .hasMessageNotContaining("tooshort");
    }

    @Test
    void aPropertiesFileGivesDefaultsThatTheEnvironmentOverrides(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("livechat.properties");
        Files.writeString(file, "LIVECHAT_PORT=9090\nLIVECHAT_COUNTRY_HEADER=CF-IPCountry\nLIVECHAT_DEMO=true\n");

        Config config = Config.from(Map.of("LIVECHAT_CONFIG_FILE", file.toString(), "LIVECHAT_PORT", "9191"), false);

        assertThat(config.port()).isEqualTo(9191);
        assertThat(config.countryHeader()).contains("CF-IPCountry");
        assertThat(config.demo()).isTrue();
    }

    @Test
    void anUnreadableConfigFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> Config.from(
                        Map.of("LIVECHAT_CONFIG_FILE", dir.resolve("missing").toString()), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("LIVECHAT_CONFIG_FILE:");
    }

    @Test
    void smtpsDefaultsToItsPortAndTheDescriptionHidesSecrets() {
        Config config = Config.from(
                Map.of(
                        "LIVECHAT_SMTP_HOST",
                        "mail.example.com",
                        "LIVECHAT_SMTP_SECURITY",
                        "smtps",
                        "LIVECHAT_SMTP_USER",
                        "robot",
                        "LIVECHAT_SMTP_PASSWORD",
                        "s3cret",
                        "LIVECHAT_DB_URL",
                        "jdbc:postgresql://127.0.0.1/livechat?password=hunter2"),
                false);

        assertThat(config.mail().port()).isEqualTo(465);
        assertThat(config.mail().password()).isEqualTo(Optional.of("s3cret"));
        assertThat(config.describe())
                .doesNotContain("s3cret")
                .doesNotContain("hunter2")
                .contains("SMTP mail.example.com:465");
    }
}
