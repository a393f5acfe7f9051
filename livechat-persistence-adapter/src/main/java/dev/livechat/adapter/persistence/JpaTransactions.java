package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.*;
import java.util.function.Supplier;

/** Units of work: a use case's calls join one transaction, which commits or rolls back as a whole. */
public final class JpaTransactions implements TransactionPort {
    private final Database db;

    JpaTransactions(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.transaction(s -> work.get());
    }
}
