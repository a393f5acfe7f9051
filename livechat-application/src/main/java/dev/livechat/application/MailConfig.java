package dev.livechat.application;

import dev.livechat.adapter.mail.MailSettings;
import dev.livechat.adapter.mail.MailSettings.Security;
import dev.livechat.domain.common.EmailAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail adapter's settings, from the {@code LIVECHAT_SMTP_*}, {@code LIVECHAT_MAIL_*} and
 * {@code LIVECHAT_OUTBOX_DIR} variables. The adapter owns its defaults (timeouts, the port that
 * follows the security); only what is the service's own choice is set here: STARTTLS when a host
 * is named, the sender, and the outbox under the data directory.
 */
final class MailConfig {
    static final Security DEFAULT_SECURITY = Security.STARTTLS;
    static final String DEFAULT_FROM = "livechat@localhost.localdomain";

    private MailConfig() {}

    static MailSettings from(Settings s, Path dataDir) {
        Security security = security(s);
        MailSettings.Builder mail = MailSettings.builder(
                        email("LIVECHAT_MAIL_FROM", s.text("LIVECHAT_MAIL_FROM", DEFAULT_FROM)))
                .outboxDir(Path.of(
                        s.text("LIVECHAT_OUTBOX_DIR", dataDir.resolve("outbox").toString())))
                .connectTimeout(s.duration("LIVECHAT_SMTP_CONNECT_TIMEOUT", MailSettings.DEFAULT_CONNECT_TIMEOUT))
                .readTimeout(s.duration("LIVECHAT_SMTP_READ_TIMEOUT", MailSettings.DEFAULT_READ_TIMEOUT));
        s.text("LIVECHAT_MAIL_REPLY_TO").ifPresent(r -> mail.replyTo(email("LIVECHAT_MAIL_REPLY_TO", r)));
        Optional<String> host = s.text("LIVECHAT_SMTP_HOST");
        int port = s.integer("LIVECHAT_SMTP_PORT", security.defaultPort(), 1, 65535);
        Optional<String> user = s.text("LIVECHAT_SMTP_USER");
        Optional<String> password = s.text("LIVECHAT_SMTP_PASSWORD");
        if (host.isPresent()) {
            mail.smtp(host.get(), port).security(security);
            // a password without a user is not used: there is no login to give it to
            user.ifPresent(u -> mail.login(u, password.orElse("")));
        }
        return mail.build();
    }

    private static Security security(Settings s) {
        String security =
                s.text("LIVECHAT_SMTP_SECURITY", DEFAULT_SECURITY.name()).toUpperCase(Locale.ROOT);
        if (!security.matches("NONE|STARTTLS|SMTPS"))
            throw new ConfigException(
                    "LIVECHAT_SMTP_SECURITY", "expected NONE, STARTTLS or SMTPS, got '" + security + "'");
        return Security.valueOf(security);
    }

    private static EmailAddress email(String variable, String value) {
        try {
            return EmailAddress.of(value);
        } catch (RuntimeException e) {
            throw new ConfigException(variable, e.getMessage());
        }
    }
}
