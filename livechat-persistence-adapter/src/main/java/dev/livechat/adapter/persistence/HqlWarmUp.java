package dev.livechat.adapter.persistence;

import java.lang.reflect.Method;
import java.util.function.BooleanSupplier;
import org.hibernate.query.hql.internal.HqlParseTreeBuilder;

/**
 * Parses a few queries of the shapes the repositories use while Hibernate's boot is still running
 * on its own thread: the first queries of a start otherwise pay for loading and warming the HQL
 * grammar (ANTLR's tables and caches, shared by every later parse) after the boot, on the path to
 * the first answer. Only the syntax is parsed: nothing is resolved against the entities. Best
 * effort, and through reflection (the ANTLR runtime is Hibernate's, not on this module's compile
 * path): a grammar that changes shape in a later Hibernate costs the start that time again, never a
 * failure.
 */
final class HqlWarmUp {
    static final String[] SHAPES = {
        "select e from Entity e where e.id = :id and e.revokedAt is null",
        "select e.id, e.name from Entity e join Other o on o.key = e.key"
                + " where e.state in (:states) and o.number > :n order by e.createdAt desc, e.id",
        "select count(e) from Entity e where lower(e.name) like :prefix escape '\\\\' group by e.kind",
        "update Entity e set e.count = e.count + 1, e.at = :at where e.id = :id and e.version = :version",
        "delete from Entity e where e.createdAt < :before",
        "select coalesce(max(e.seq), 0) from Entity e where e.id = :id"
    };

    private HqlWarmUp() {}

    /**
     * Parses while the boot is not done; returns how many queries it parsed, all of them unless the
     * boot ended first (or the grammar could not be reached, which {@code HqlWarmUpTest} notices).
     */
    static int whileWaiting(BooleanSupplier bootDone) {
        int parsed = 0;
        try {
            HqlParseTreeBuilder builder = HqlParseTreeBuilder.INSTANCE;
            Method lexer = HqlParseTreeBuilder.class.getMethod("buildHqlLexer", String.class);
            Method parser = null;
            for (String hql : SHAPES) {
                if (bootDone.getAsBoolean()) return parsed;
                Object lexed = lexer.invoke(builder, hql);
                if (parser == null)
                    parser = HqlParseTreeBuilder.class.getMethod("buildHqlParser", String.class, lexed.getClass());
                Object parsing = parser.invoke(builder, hql, lexed);
                parsing.getClass().getMethod("statement").invoke(parsing);
                parsed++;
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the warm-up is an optimisation of the start, never a reason for it to fail
        }
        return parsed;
    }
}
