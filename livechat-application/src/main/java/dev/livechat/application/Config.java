package dev.livechat.application;

import dev.livechat.adapter.mail.MailSettings;
import dev.livechat.adapter.persistence.DatabaseSettings;
import dev.livechat.adapter.rest.RateLimits;
import dev.livechat.adapter.rest.RateLimits.Limit;
import dev.livechat.domain.retention.RetentionPeriod;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The service's configuration, with defaults that run on a fresh machine: H2 in a file under
 * {@code ./data}, transcripts written as {@code .eml} files under {@code ./data/outbox}, port 8080.
 * See README.md for the table of variables.
 */
record Config(
        String host,
        int port,
        Path dataDir,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        MailSettings mail,
        AttachmentConfig attachments,
        Optional<String> bootstrapToken,
        Optional<String> countryHeader,
        Duration inactivityTimeout,
        Duration eventRetention,
        Optional<RetentionPeriod> retention,
        int maxBodyBytes,
        boolean webhooksAllowPrivate,
        Duration webhooksFirstRetry,
        Duration webhookDeliveryRetention,
        boolean demo,
        RateLimits rateLimits,
        Optional<String> clientAddressHeader,
        Duration dbConnectionTimeout,
        java.net.URI publicUrl,
        Optional<String> metricsToken) {

    static Config from(Map<String, String> environment, boolean demoFlag) {
        return from(Settings.from(environment), demoFlag);
    }

    // Each default once: Config reads with it, and Variables prints it in --help.
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_DATA_DIR = "data";
    static final Duration DEFAULT_INACTIVITY_TIMEOUT = Duration.ofMinutes(30);
    static final Duration DEFAULT_EVENT_RETENTION = Duration.ofHours(24);
    static final int DEFAULT_MAX_BODY_BYTES = 65_536;
    static final Duration DEFAULT_WEBHOOKS_FIRST_RETRY = Duration.ofSeconds(10);
    static final Duration DEFAULT_WEBHOOK_DELIVERY_RETENTION = Duration.ofDays(7);
    static final java.net.URI DEFAULT_PUBLIC_URL = java.net.URI.create("http://" + DEFAULT_HOST + ":" + DEFAULT_PORT);
    static final String DEFAULT_LOG_FORMAT = "text";

    static Config from(Settings s, boolean demoFlag) {
        Path dataDir = Path.of(s.text("LIVECHAT_DATA_DIR", DEFAULT_DATA_DIR));
        Optional<String> token = s.text("LIVECHAT_BOOTSTRAP_TOKEN");
        if (token.isPresent() && token.get().length() < 16)
            throw new ConfigException("LIVECHAT_BOOTSTRAP_TOKEN", "must be at least 16 characters");
        Optional<String> dbUrl = s.text("LIVECHAT_DB_URL");
        if (dbUrl.isPresent()
                && !dbUrl.get().startsWith("jdbc:h2:")
                && !dbUrl.get().startsWith("jdbc:postgresql:"))
            throw new ConfigException(
                    "LIVECHAT_DB_URL", "expected a jdbc:h2: or jdbc:postgresql: URL, got '" + dbUrl.get() + "'");
        boolean h2 = dbUrl.map(u -> u.startsWith("jdbc:h2:")).orElse(true);
        // read by ConsoleLogging (which encoder), before any of this: a typo would silence the log
        s.parse(
                "LIVECHAT_LOG_FORMAT",
                DEFAULT_LOG_FORMAT,
                v -> {
                    if (!v.equals("text") && !v.equals("json")) throw new IllegalArgumentException();
                    return v;
                },
                "text or json");
        return new Config(
                s.text("LIVECHAT_HOST", DEFAULT_HOST),
                s.integer("LIVECHAT_PORT", DEFAULT_PORT, 0, 65535),
                dataDir,
                dbUrl,
                s.text("LIVECHAT_DB_USER", h2 ? "sa" : "postgres"),
                s.text("LIVECHAT_DB_PASSWORD", ""),
                s.integer("LIVECHAT_DB_POOL_SIZE", DatabaseSettings.DEFAULT_POOL_SIZE, 1, 200),
                MailConfig.from(s, dataDir),
                AttachmentConfig.from(s, dataDir),
                token,
                s.text("LIVECHAT_COUNTRY_HEADER"),
                s.duration("LIVECHAT_INACTIVITY_TIMEOUT", DEFAULT_INACTIVITY_TIMEOUT),
                s.duration("LIVECHAT_EVENT_RETENTION", DEFAULT_EVENT_RETENTION),
                retention(s),
                s.integer("LIVECHAT_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1_024, 10_485_760),
                s.flag("LIVECHAT_WEBHOOKS_ALLOW_PRIVATE", false),
                s.duration("LIVECHAT_WEBHOOKS_FIRST_RETRY", DEFAULT_WEBHOOKS_FIRST_RETRY),
                s.duration("LIVECHAT_WEBHOOK_DELIVERY_RETENTION", DEFAULT_WEBHOOK_DELIVERY_RETENTION),
                demoFlag || s.flag("LIVECHAT_DEMO", false),
                rateLimits(s),
                s.text("LIVECHAT_CLIENT_ADDRESS_HEADER"),
                dbConnectionTimeout(s),
                publicUrl(s),
                metricsToken(s));
    }

    /** LIVECHAT_RETENTION_DAYS: off unless set; then the text of conversations closed longer ago is erased. */
    private static Optional<RetentionPeriod> retention(Settings s) {
        return s.parse(
                "LIVECHAT_RETENTION_DAYS",
                Optional.empty(),
                v -> {
                    int days = Integer.parseInt(v);
                    if (days < 1 || days > RetentionPeriod.MAX_DAYS) throw new IllegalArgumentException();
                    return Optional.of(new RetentionPeriod(days));
                },
                "a whole number of days from 1 to " + RetentionPeriod.MAX_DAYS);
    }

    /** The bearer token of GET /metrics; none: metrics are off (404). Long enough not to be guessed. */
    private static Optional<String> metricsToken(Settings s) {
        Optional<String> token = s.text("LIVECHAT_METRICS_TOKEN");
        if (token.isPresent() && token.get().length() < 16)
            throw new ConfigException("LIVECHAT_METRICS_TOKEN", "must be at least 16 characters");
        return token;
    }

    private static Duration dbConnectionTimeout(Settings s) {
        Duration timeout = s.duration("LIVECHAT_DB_CONNECTION_TIMEOUT", DEFAULT_DB_CONNECTION_TIMEOUT);
        if (timeout.toMillis() < 250)
            throw new ConfigException("LIVECHAT_DB_CONNECTION_TIMEOUT", "must be at least PT0.25S, got " + timeout);
        return timeout;
    }

    /**
     * How long a request waits for a pooled connection before the database counts as down (503):
     * short, so that with the database gone requests and {@code /health} answer within a second
     * rather than after the pool's usual 5 s, which outlasts a load balancer's health check.
     */
    static final Duration DEFAULT_DB_CONNECTION_TIMEOUT = Duration.ofSeconds(1);

    /** LIVECHAT_RATE_LIMITS (on/off) and one COUNT/PERIOD variable per limit. */
    private static RateLimits rateLimits(Settings s) {
        RateLimits d = RateLimits.defaults();
        boolean on = s.parse(
                "LIVECHAT_RATE_LIMITS",
                true,
                v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
                    case "on", "true" -> true;
                    case "off", "false" -> false;
                    default -> throw new IllegalArgumentException();
                },
                "on or off");
        return new RateLimits(
                on,
                limit(s, "LIVECHAT_RATE_LIMIT_STARTS_PER_ADDRESS", d.startsPerAddress()),
                limit(s, "LIVECHAT_RATE_LIMIT_STARTS_PER_CHANNEL", d.startsPerChannel()),
                limit(s, "LIVECHAT_RATE_LIMIT_VISITOR_MESSAGES", d.visitorMessagesPerConversation()),
                limit(s, "LIVECHAT_RATE_LIMIT_TRANSCRIPTS", d.transcriptsPerConversation()),
                limit(s, "LIVECHAT_RATE_LIMIT_TOKEN_FAILURES", d.tokenFailuresPerAddress()));
    }

    private static Limit limit(Settings s, String key, Limit fallback) {
        return s.parse(
                key, fallback, Limit::parse, "COUNT/PERIOD such as 30/PT1M (a positive count, an ISO-8601 duration)");
    }

    /** Where the links in mails point (the confirmation of a transcript address): what browsers reach. */
    private static java.net.URI publicUrl(Settings s) {
        return s.parse(
                "LIVECHAT_PUBLIC_URL",
                DEFAULT_PUBLIC_URL,
                v -> {
                    java.net.URI uri = java.net.URI.create(v);
                    boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
                    if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null)
                        throw new IllegalArgumentException();
                    return uri;
                },
                "an http or https URL such as https://chat.example.com");
    }

    /** For the start-up log, after the URL: never the passwords or the token. */
    String describe() {
        return "database "
                + dbUrl.map(u -> u.replaceAll("(?i)password=[^;&]*", "password=***"))
                        .orElse("H2 file in " + dataDir.toAbsolutePath())
                + ", mail "
                + mail.smtpHost()
                        .map(h -> "SMTP " + h + ":" + mail.port() + " (" + mail.security() + ")")
                        .orElse(".eml files in " + mail.outboxDir())
                + ", inactivity timeout " + inactivityTimeout
                + ", retention " + retention.map(r -> r.days() + " days").orElse("off")
                + ", rate limits " + (rateLimits.enabled() ? "on" : "off")
                + ", metrics " + (metricsToken.isPresent() ? "on /metrics" : "off");
    }
}
