package dev.livechat.domain.architecture;

import javax.sql.DataSource;

/**
 * A deliberate violation, compiled with the tests only: a "domain" class that reaches for JDBC's
 * {@code javax.sql}. {@link ArchitectureTest} proves that its rule reports it; the real import
 * leaves test classes out, so it never fails the real rules.
 */
final class LeakyConversationStore {
    private final DataSource dataSource;

    LeakyConversationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }
}
