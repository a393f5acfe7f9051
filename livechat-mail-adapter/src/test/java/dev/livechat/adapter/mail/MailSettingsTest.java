package dev.livechat.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MailSettingsTest {
    @Test
    void byDefaultTranscriptsGoToTheOutboxFolder() {
        MailSettings settings = MailSettings.builder(Loopback.FROM).build();

        assertThat(settings.usesSmtp()).isFalse();
        assertThat(settings.outboxDir()).isEqualTo(Path.of("data", "outbox"));
        assertThat(settings.security()).isEqualTo(MailSettings.Security.NONE);
        assertThat(settings.port()).isEqualTo(25);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.fromName()).isEmpty();
        assertThat(settings.replyTo()).isEmpty();
        assertThat(settings.user()).isEmpty();
    }

    @Test
    void thePortFollowsTheSecurityUnlessSet() {
        var builder = MailSettings.builder(Loopback.FROM).smtpHost("mail.example.com");

        assertThat(builder.security(MailSettings.Security.STARTTLS).build().port())
                .isEqualTo(587);
        assertThat(builder.security(MailSettings.Security.SMTPS).build().port()).isEqualTo(465);
        assertThat(builder.port(2525).build().port()).isEqualTo(2525);
    }

    @Test
    void thePasswordNeverShowsInText() {
        MailSettings settings = MailSettings.builder(Loopback.FROM)
                .smtpHost("mail.example.com")
                .login("robot", "s3cret")
                .build();

        assertThat(settings.toString())
                .contains("robot")
                .contains("mail.example.com")
                .doesNotContain("s3cret");
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                bad("mail.from", b -> MailSettings.builder(null)),
                bad("mail.smtp.port", b -> b.port(0)),
                bad("mail.smtp.port", b -> b.port(65_536)),
                bad("mail.smtp.host", b -> b.smtpHost("  ")),
                bad("mail.smtp.host", b -> b.smtpHost("mail.example.com\r\nX-Injected: yes")),
                bad("mail.smtp.host", b -> b.smtpHost("mail example com")),
                bad("mail.fromName", b -> b.fromName("Support\r\nBcc: x@y.z")),
                bad("mail.fromName", b -> b.fromName(" ")),
                bad("mail.smtp.user", b -> b.login("rob\nBcc: x@y.z", "pw")),
                bad("mail.smtp.password", b -> b.login(null, "pw")),
                bad("mail.smtp.security", b -> b.security(null)),
                bad("mail.smtp.connectTimeout", b -> b.connectTimeout(Duration.ZERO)),
                bad("mail.smtp.connectTimeout", b -> b.connectTimeout(null)),
                bad("mail.smtp.readTimeout", b -> b.readTimeout(Duration.ofSeconds(-1))),
                bad("mail.smtp.readTimeout", b -> b.readTimeout(Duration.ofDays(30))),
                bad("mail.outboxDir", b -> b.outboxDir(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void aWrongSettingIsRefusedNamingIt(String field, UnaryOperator<MailSettings.Builder> change) {
        assertThatThrownBy(
                        () -> change.apply(MailSettings.builder(Loopback.FROM)).build())
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static Arguments bad(String field, UnaryOperator<MailSettings.Builder> change) {
        return Arguments.of(field, change);
    }
}
