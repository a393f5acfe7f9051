package dev.livechat.application;

import java.sql.SQLException;

/**
 * Turns a failure to open the database into one sentence naming the variable to look at. The
 * drivers' own messages run to dozens of lines (H2's "use the server mode" advice), so only the
 * innermost cause's first line is kept; the whole chain goes to the DEBUG log.
 */
final class DatabaseFailure {
    /** H2's DATABASE_ALREADY_OPEN_1: another process holds the file lock. */
    private static final int H2_ALREADY_OPEN = 90020;

    private DatabaseFailure() {}

    static UnavailableException explain(RuntimeException e, Config config) {
        String variable = config.dbUrl().isPresent() ? "LIVECHAT_DB_URL" : "LIVECHAT_DATA_DIR";
        String where = config.dbUrl()
                .map(u -> u.replaceAll("(?i)password=[^;&]*", "password=***"))
                .orElse("the embedded database in " + config.dataDir().toAbsolutePath());
        if (locked(e))
            return new UnavailableException(
                    variable,
                    where + " is in use by another process (another livechat on the same data?);"
                            + " stop it, or choose another " + variable,
                    e);
        return new UnavailableException(variable, "cannot open " + where + ": " + firstLine(root(e)), e);
    }

    private static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof SQLException s && s.getErrorCode() == H2_ALREADY_OPEN) return true;
        return false;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
