package dev.livechat.domain.port.out;

import java.util.function.Supplier;

/**
 * Runs one use case's reads and writes as one unit of work: everything it stores commits together
 * or not at all, and a conversation loaded {@link LoadConversationPort#loadForUpdate for update}
 * stays locked against other writers until the unit ends. Calls made inside a unit join it.
 *
 * <p>A store without transactions (an in-memory one, a remote API) uses {@link #NONE}: each port
 * call then stands alone, and a lost race on a conversation surfaces as a
 * {@link dev.livechat.domain.error.ConcurrentUpdateException}, which the use cases retry once.
 *
 * <p>Any other port must make a unit all or nothing: writes to different conversations that are
 * ready at the same moment share one unit (one commit for all of them), and a unit that lost a
 * race runs again whole, which would store twice what a unit without rollback had kept.
 */
public interface TransactionPort {
    /** No transactions: the work just runs. */
    TransactionPort NONE = new TransactionPort() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    /** Runs the work in a transaction, or in the one already open on this thread. */
    <T> T inTransaction(Supplier<T> work);
}
