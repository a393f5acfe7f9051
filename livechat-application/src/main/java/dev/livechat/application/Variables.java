package dev.livechat.application;

import dev.livechat.adapter.mail.MailSettings;
import dev.livechat.adapter.mail.MailSettings.Security;
import dev.livechat.adapter.persistence.DatabaseSettings;
import dev.livechat.adapter.rest.RateLimits;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one list of configuration variables: {@code --help} prints it, and {@link Settings} refuses
 * to read a key that is not in it, so the help cannot miss a variable {@link Config} reads
 * (ConfigTest checks the other direction: every variable listed is read).
 */
final class Variables {
    record Variable(String name, String fallback, String meaning) {}

    private static final RateLimits LIMITS = RateLimits.defaults();

    static final List<Variable> ALL = List.of(
            v("LIVECHAT_CONFIG_FILE", "none", "a properties file with these keys; the environment wins"),
            v("LIVECHAT_HOST", Config.DEFAULT_HOST, "address to listen on (0.0.0.0 behind a load balancer)"),
            v("LIVECHAT_PORT", String.valueOf(Config.DEFAULT_PORT), "HTTP port (0: any free port)"),
            v("LIVECHAT_DATA_DIR", "./" + Config.DEFAULT_DATA_DIR, "where the embedded H2 file and the .eml outbox go"),
            v("LIVECHAT_DB_URL", "H2 file in LIVECHAT_DATA_DIR", "jdbc:h2:... or jdbc:postgresql://host:5432/db"),
            v("LIVECHAT_DB_USER", "sa (H2) or postgres", "database user"),
            v("LIVECHAT_DB_PASSWORD", "empty", "database password"),
            v("LIVECHAT_DB_POOL_SIZE", String.valueOf(DatabaseSettings.DEFAULT_POOL_SIZE), "connections in the pool"),
            v(
                    "LIVECHAT_DB_CONNECTION_TIMEOUT",
                    Config.DEFAULT_DB_CONNECTION_TIMEOUT.toString(),
                    "how long a request waits for a connection before 503"),
            v("LIVECHAT_SMTP_HOST", "none: .eml files", "SMTP server for transcripts"),
            v(
                    "LIVECHAT_SMTP_PORT",
                    MailConfig.DEFAULT_SECURITY.defaultPort() + " (" + Security.SMTPS.defaultPort() + " for SMTPS)",
                    "SMTP port"),
            v("LIVECHAT_SMTP_USER", "none", "SMTP login"),
            v("LIVECHAT_SMTP_PASSWORD", "none", "SMTP password"),
            v("LIVECHAT_SMTP_SECURITY", MailConfig.DEFAULT_SECURITY.name(), "NONE, STARTTLS (required) or SMTPS"),
            v(
                    "LIVECHAT_SMTP_CONNECT_TIMEOUT",
                    MailSettings.DEFAULT_CONNECT_TIMEOUT.toString(),
                    "so a hung server cannot hang a worker"),
            v(
                    "LIVECHAT_SMTP_READ_TIMEOUT",
                    MailSettings.DEFAULT_READ_TIMEOUT.toString(),
                    "so a hung server cannot hang a worker"),
            v("LIVECHAT_MAIL_FROM", MailConfig.DEFAULT_FROM, "From of transcripts"),
            v("LIVECHAT_MAIL_REPLY_TO", "none", "Reply-To of transcripts"),
            v("LIVECHAT_OUTBOX_DIR", "LIVECHAT_DATA_DIR/outbox", "where .eml files go without SMTP"),
            v("LIVECHAT_ATTACHMENTS_DIR", "LIVECHAT_DATA_DIR/attachments", "where the bytes of attachments go"),
            v(
                    "LIVECHAT_ATTACHMENT_MAX_BYTES",
                    String.valueOf(dev.livechat.domain.attachment.AttachmentRules.DEFAULT_MAX_BYTES),
                    "larger attachments get 413 (this limit, not LIVECHAT_MAX_BODY_BYTES)"),
            v(
                    "LIVECHAT_ATTACHMENT_TYPES",
                    AttachmentConfig.DEFAULT_TYPES,
                    "media types that may be attached, as sniffed from the bytes"),
            v(
                    "LIVECHAT_BOOTSTRAP_TOKEN",
                    "none",
                    "on a database without a manager, creates manager admin (>=16 chars)"),
            v("LIVECHAT_COUNTRY_HEADER", "none", "trusted header with the visitor's country, e.g. CF-IPCountry"),
            v(
                    "LIVECHAT_INACTIVITY_TIMEOUT",
                    Config.DEFAULT_INACTIVITY_TIMEOUT.toString(),
                    "open conversations silent this long are closed"),
            v(
                    "LIVECHAT_EVENT_RETENTION",
                    Config.DEFAULT_EVENT_RETENTION.toString(),
                    "how long streams can resume from (Last-Event-ID)"),
            v("LIVECHAT_RETENTION_DAYS", "off", "erase message text of conversations closed longer ago (days)"),
            v(
                    "LIVECHAT_MAX_BODY_BYTES",
                    String.valueOf(Config.DEFAULT_MAX_BODY_BYTES),
                    "larger request bodies get 413"),
            v(
                    "LIVECHAT_WEBHOOKS_ALLOW_PRIVATE",
                    "false",
                    "true: webhooks may post over plain http and to private, loopback, link-local addresses"),
            v(
                    "LIVECHAT_WEBHOOKS_FIRST_RETRY",
                    Config.DEFAULT_WEBHOOKS_FIRST_RETRY.toString(),
                    "wait before a webhook's second try; doubled each time up to 1 h, for 24 h"),
            v(
                    "LIVECHAT_WEBHOOK_DELIVERY_RETENTION",
                    Config.DEFAULT_WEBHOOK_DELIVERY_RETENTION.toString(),
                    "how long delivered or failed webhook deliveries are kept (then pruned)"),
            v(
                    "LIVECHAT_PUBLIC_URL",
                    Config.DEFAULT_PUBLIC_URL.toString(),
                    "the address browsers reach; links in mails"),
            v("LIVECHAT_DEMO", "false", "same as --demo"),
            v("LIVECHAT_RATE_LIMITS", "on", "off turns every rate limit off"),
            v(
                    "LIVECHAT_RATE_LIMIT_STARTS_PER_ADDRESS",
                    LIMITS.startsPerAddress().toString(),
                    "conversation starts per client address"),
            v(
                    "LIVECHAT_RATE_LIMIT_STARTS_PER_CHANNEL",
                    LIMITS.startsPerChannel().toString(),
                    "conversation starts per channel"),
            v(
                    "LIVECHAT_RATE_LIMIT_VISITOR_MESSAGES",
                    LIMITS.visitorMessagesPerConversation().toString(),
                    "visitor messages per conversation"),
            v(
                    "LIVECHAT_RATE_LIMIT_TRANSCRIPTS",
                    LIMITS.transcriptsPerConversation().toString(),
                    "visitor transcript requests per conversation"),
            v(
                    "LIVECHAT_RATE_LIMIT_TOKEN_FAILURES",
                    LIMITS.tokenFailuresPerAddress().toString(),
                    "unknown bearer tokens per client address"),
            v("LIVECHAT_CLIENT_ADDRESS_HEADER", "none: the socket", "trusted client address header (X-Forwarded-For)"),
            v("LIVECHAT_METRICS_TOKEN", "none: /metrics is off", "bearer token (>=16 chars) that may scrape /metrics"),
            v(
                    "LIVECHAT_LOG_FORMAT",
                    Config.DEFAULT_LOG_FORMAT,
                    "text, or json for log shippers (one JSON object a line)"));

    static final Set<String> NAMES = ALL.stream().map(Variable::name).collect(Collectors.toUnmodifiableSet());

    private Variables() {}

    private static Variable v(String name, String fallback, String meaning) {
        return new Variable(name, fallback, meaning);
    }

    /** For --help: one line a variable, aligned. */
    static String help() {
        int width = ALL.stream().mapToInt(x -> x.name().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Variable x : ALL)
            out.append(String.format("  %-" + width + "s  %s (default: %s)%n", x.name(), x.meaning(), x.fallback()));
        return out.toString();
    }
}
