package dev.livechat.adapter.mail;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.Require;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How transcripts leave the service. Without an SMTP host they are written as {@code .eml} files
 * into {@link #outboxDir} (the embedded default); with one they go over SMTP. Every failure names
 * the setting that is wrong, so the application can report it as configuration. The defaults live
 * here, in the {@link Builder}: an application sets only what its configuration names.
 *
 * @param sender who transcripts come from and where replies go
 * @param smtp the SMTP server and how to reach it; no host writes {@code .eml} files instead
 * @param outboxDir where {@code .eml} files go when no SMTP host is set
 */
public record MailSettings(Sender sender, Smtp smtp, Path outboxDir) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Path DEFAULT_OUTBOX = Path.of("data", "outbox");

    /** How the SMTP connection is protected. */
    public enum Security {
        /** Plain SMTP (a relay on localhost or a test server). */
        NONE(25),
        /** Plain connection upgraded with STARTTLS; the server must offer it. */
        STARTTLS(587),
        /** TLS from the first byte ("SMTPS", implicit TLS). */
        SMTPS(465);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    /**
     * @param from the sender address of every transcript
     * @param fromName the sender's display name ("Example Support"), optional
     * @param replyTo where the visitor's replies go, optional
     */
    public record Sender(EmailAddress from, Optional<String> fromName, Optional<EmailAddress> replyTo) {
        public Sender {
            Require.present("mail.from", from);
            fromName = Require.present("mail.fromName", fromName).map(n -> headerText("mail.fromName", n));
            Require.present("mail.replyTo", replyTo);
        }
    }

    /**
     * @param host the SMTP server; empty writes {@code .eml} files instead
     * @param port the SMTP port (25, 587 or 465 by default, after {@code security})
     * @param user the SMTP login; authentication is used only when it is set
     * @param password the SMTP password, only with a user
     * @param security plain, STARTTLS (required, never silently skipped) or SMTPS
     * @param connectTimeout how long to wait for the server to accept the connection
     * @param readTimeout how long to wait for any reply or write, so a hung server cannot hang a worker
     */
    public record Smtp(
            Optional<String> host,
            int port,
            Optional<String> user,
            Optional<String> password,
            Security security,
            Duration connectTimeout,
            Duration readTimeout) {
        public Smtp {
            host = Require.present("mail.smtp.host", host).map(MailSettings::host);
            Require.that(port >= 1 && port <= 65_535, "mail.smtp.port", "must be between 1 and 65535, was " + port);
            user = Require.present("mail.smtp.user", user).map(u -> headerText("mail.smtp.user", u));
            Require.present("mail.smtp.password", password);
            Require.that(password.isEmpty() || user.isPresent(), "mail.smtp.password", "needs mail.smtp.user");
            Require.present("mail.smtp.security", security);
            timeout("mail.smtp.connectTimeout", connectTimeout);
            timeout("mail.smtp.readTimeout", readTimeout);
        }
    }

    public MailSettings {
        Require.present("mail.sender", sender);
        Require.present("mail.smtp", smtp);
        Require.present("mail.outboxDir", outboxDir);
    }

    /** Settings that write {@code .eml} files into {@link #DEFAULT_OUTBOX}; change them with the builder. */
    public static Builder builder(EmailAddress from) {
        return new Builder(from);
    }

    /** Whether transcripts go over SMTP (a host is set) rather than into the outbox folder. */
    public boolean usesSmtp() {
        return smtp.host().isPresent();
    }

    public EmailAddress from() {
        return sender.from();
    }

    public Optional<String> fromName() {
        return sender.fromName();
    }

    public Optional<EmailAddress> replyTo() {
        return sender.replyTo();
    }

    public Optional<String> smtpHost() {
        return smtp.host();
    }

    public int port() {
        return smtp.port();
    }

    public Optional<String> user() {
        return smtp.user();
    }

    public Optional<String> password() {
        return smtp.password();
    }

    public Security security() {
        return smtp.security();
    }

    public Duration connectTimeout() {
        return smtp.connectTimeout();
    }

    public Duration readTimeout() {
        return smtp.readTimeout();
    }

    @Override
    public String toString() {
        // never print the password (settings end up in logs)
        return "MailSettings[from=" + from() + ", smtpHost="
                + smtpHost().orElse("(none: .eml outbox " + outboxDir + ")") + ", port=" + port() + ", security="
                + security() + ", user=" + user().orElse("(none)") + "]";
    }

    private static String headerText(String field, String value) {
        String text = Require.text(field, value, 200);
        if (text.chars().anyMatch(Character::isISOControl))
            throw new InvalidValueException(field, "must not contain line breaks or control characters");
        return text;
    }

    private static String host(String value) {
        String host = Require.text("mail.smtp.host", value, 253);
        if (!host.matches("[A-Za-z0-9.:\\[\\]_-]+"))
            throw new InvalidValueException("mail.smtp.host", "'" + host + "' is not a host name or IP address");
        return host;
    }

    private static void timeout(String field, Duration value) {
        Require.present(field, value);
        Require.that(
                !value.isNegative() && !value.isZero() && value.toMillis() <= Integer.MAX_VALUE,
                field,
                "must be positive and at most " + Integer.MAX_VALUE + " ms, was " + value);
    }

    /** Builds settings step by step; the port follows the security unless set. */
    public static final class Builder {
        private final EmailAddress from;
        private Optional<String> fromName = Optional.empty();
        private Optional<EmailAddress> replyTo = Optional.empty();
        private Optional<String> smtpHost = Optional.empty();
        private Optional<Integer> port = Optional.empty();
        private Optional<String> user = Optional.empty();
        private Optional<String> password = Optional.empty();
        private Security security = Security.NONE;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Path outboxDir = DEFAULT_OUTBOX;

        private Builder(EmailAddress from) {
            this.from = from;
        }

        public Builder fromName(String name) {
            this.fromName = Optional.ofNullable(name);
            return this;
        }

        public Builder replyTo(EmailAddress address) {
            this.replyTo = Optional.ofNullable(address);
            return this;
        }

        public Builder smtp(String host, int port) {
            this.smtpHost = Optional.ofNullable(host);
            this.port = Optional.of(port);
            return this;
        }

        public Builder smtpHost(String host) {
            this.smtpHost = Optional.ofNullable(host);
            return this;
        }

        public Builder port(int port) {
            this.port = Optional.of(port);
            return this;
        }

        public Builder login(String user, String password) {
            this.user = Optional.ofNullable(user);
            this.password = Optional.ofNullable(password);
            return this;
        }

        public Builder security(Security security) {
            this.security = security;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        public Builder outboxDir(Path dir) {
            this.outboxDir = dir;
            return this;
        }

        public MailSettings build() {
            Require.present("mail.smtp.security", security);
            return new MailSettings(
                    new Sender(from, fromName, replyTo),
                    new Smtp(
                            smtpHost,
                            port.orElse(security.defaultPort()),
                            user,
                            password,
                            security,
                            connectTimeout,
                            readTimeout),
                    outboxDir);
        }
    }
}
