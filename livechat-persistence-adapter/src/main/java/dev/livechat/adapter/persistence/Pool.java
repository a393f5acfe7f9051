package dev.livechat.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The connection pool of a {@link Database}, as its settings and the two engines want it. */
final class Pool {
    private static final int LOCK_WAIT_SECONDS = 10;

    private Pool() {}

    /** Created, not opened: its first connection opens it. */
    static HikariDataSource unopened(DatabaseSettings settings) {
        HikariDataSource pool = new HikariDataSource();
        config(settings).copyStateTo(pool);
        return pool;
    }

    private static HikariConfig config(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("livechat");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setAutoCommit(false);
        // Writers of one conversation queue on its row lock (SELECT … FOR UPDATE); H2 gives up after
        // one second by default, too short for a burst on one conversation. Ten seconds on both.
        config.setConnectionInitSql(
                settings.postgres()
                        ? "SET lock_timeout = '" + LOCK_WAIT_SECONDS + "s'"
                        : "SET LOCK_TIMEOUT " + LOCK_WAIT_SECONDS * 1000);
        // H2 reports a broken connection as 90067/90121, not the 08xxx the pool knows: without this
        // the pool hands broken connections out again and never recovers from an H2 server outage.
        config.setExceptionOverride(new com.zaxxer.hikari.SQLExceptionOverride() {
            @java.lang.Override
            public Override adjudicate(java.sql.SQLException e) {
                return Failures.connectionLost(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
            }
        });
        return config;
    }
}
