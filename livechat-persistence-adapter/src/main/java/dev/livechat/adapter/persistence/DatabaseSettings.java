package dev.livechat.adapter.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how many connections to keep to it.
 *
 * @param jdbcUrl an H2 ({@code jdbc:h2:}) or PostgreSQL ({@code jdbc:postgresql:}) URL
 * @param password may be empty (PostgreSQL with trust authentication, H2's default user)
 * @param connectionTimeout how long a caller waits for a pooled connection before the database
 *     counts as unavailable
 */
public record DatabaseSettings(
        String jdbcUrl, String user, String password, int maxPoolSize, Duration connectionTimeout) {
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) throw new IllegalArgumentException("jdbcUrl must start with jdbc:");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        if (maxPoolSize < 1) throw new IllegalArgumentException("maxPoolSize must be at least 1, was " + maxPoolSize);
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.toMillis() < 250)
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms, was " + connectionTimeout);
    }

    public DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {
        this(jdbcUrl, user, password, maxPoolSize, DEFAULT_CONNECTION_TIMEOUT);
    }

    /**
     * An embedded H2 database in {@code dir/livechat.mv.db}, created on first use; its data survives
     * restarts. Default H2 mode (the migrations need no compatibility mode). The database closes with
     * the last connection, that is when the storage is closed, not from a JVM shutdown hook.
     *
     * <p>{@code WRITE_DELAY=0}: a commit returns only after its MVStore chunk is written to the file
     * (the OS cache, no fsync), so a killed process keeps every write it acknowledged. H2's default
     * (a background writer, 1 s) lost the last second or so of answered writes on SIGKILL
     * (docs/durability.md). {@code REUSE_SPACE=FALSE}: each chunk is appended at the end of the
     * file, where recovery finds it; with H2's default a chunk placed in reused space inside the file
     * was now and then lost on SIGKILL. The storage compacts the file in short passes instead
     * ({@link JpaStorage#compact}), the only time space is reused, with every transaction held back.
     *
     * <p>{@code QUERY_CACHE_SIZE=64}: H2 keeps the parsed form of the last 8 statements of a
     * connection by default, fewer than the service's distinct statements, so nearly every
     * statement was parsed again (a third of the CPU time of loading a conversation for a post).
     *
     * <p>{@code COMPRESS=TRUE}: pages are written LZF-compressed. Rows of JSON and message text
     * compress well: a closed conversation of ten messages takes ≈ 1.8 KB of the file instead of
     * ≈ 4.5 KB, and the compaction passes have that much less to move (shorter holds, half the file's
     * peaks at 15 conversations a second; at 30 the file outgrows the passes either way), for ≈ 10 %
     * more CPU per message post (docs/durability.md). H2 then splits pages at 64 KB instead of 4 KB,
     * whatever {@code PAGE_SIZE} says (its store sets the split itself when it compresses). Pages
     * written before are read as they are.
     */
    public static DatabaseSettings h2File(Path dir) {
        String file = dir.toAbsolutePath().resolve("livechat").toString();
        return new DatabaseSettings(
                "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;REUSE_SPACE=FALSE"
                        + ";QUERY_CACHE_SIZE=64;COMPRESS=TRUE",
                "sa",
                "",
                DEFAULT_POOL_SIZE);
    }

    public static DatabaseSettings postgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:"))
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        return new DatabaseSettings(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    public DatabaseSettings withMaxPoolSize(int size) {
        return new DatabaseSettings(jdbcUrl, user, password, size, connectionTimeout);
    }

    public DatabaseSettings withConnectionTimeout(Duration timeout) {
        return new DatabaseSettings(jdbcUrl, user, password, maxPoolSize, timeout);
    }

    /**
     * The URL the migrations of a start use: the embedded default's with H2's background writer (the
     * file written every second) instead of a write at each commit; any other URL as it is. A new
     * database's migrations commit some 150 statements one by one, each a chunk of the file (2.6 MB
     * before the first pass, for 52 KB of schema once compacted). H2 applies a URL's
     * {@code WRITE_DELAY} to the whole database at every connection it opens, so the pool's first
     * connection, opened once they end, writes each commit again.
     */
    String migrationUrl() {
        return jdbcUrl.startsWith("jdbc:h2:file:") ? jdbcUrl.replace(";WRITE_DELAY=0;", ";WRITE_DELAY=1000;") : jdbcUrl;
    }

    boolean postgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user " + user + ", pool " + maxPoolSize + "]";
    }
}
