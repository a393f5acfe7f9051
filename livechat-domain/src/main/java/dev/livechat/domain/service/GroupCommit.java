package dev.livechat.domain.service;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.event.ConversationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Group commit for the writes of one conversation.
 *
 * <p>Writes to one conversation are serial by design: they queue on its lock in this process, then
 * on its row lock, and each commit waits for its write to the disk. So rather than each waiting
 * writer paying for a commit of its own, the one that holds the conversation applies every write
 * waiting for it in one unit of work: one load for update, the verbs in the order they arrived, one
 * save with all their events, one commit; then each writer is answered with its own result. Alone,
 * a write is a unit of its own, as before; under contention N writes cost one commit instead of N.
 *
 * <p>A verb that fails (a closed conversation, a lost join, a caller who may not post) fails only
 * its own writer: the next verb is applied to the state the previous successful ones left, so
 * nothing the failed verb changed or recorded before it threw is kept. A failure of the unit itself
 * (the database, a lost race after the retry) fails every write of the group, as it would have failed each
 * alone. Nothing is applied twice: a write is taken out of the queue by exactly one holder.
 */
final class GroupCommit {
    /** Striped by conversation: a unit of work changes one conversation, so two never wait on each other. */
    private static final ReentrantLock[] STRIPES = newStripes(256);

    private final ConversationWork work;
    /** The writes waiting for each conversation, in arrival order; a holder of its stripe takes them all. */
    private final ConcurrentHashMap<ConversationId, List<Write<?>>> waiting = new ConcurrentHashMap<>();

    GroupCommit(ConversationWork work) {
        this.work = work;
    }

    /** Applies the verb to the conversation in a unit of work, perhaps together with other writers'. */
    <T> T write(ConversationId id, Function<Conversation, T> verb) {
        Write<T> write = new Write<>(verb);
        waiting.compute(id, (key, queue) -> {
            List<Write<?>> writes = queue == null ? new ArrayList<>() : queue;
            writes.add(write);
            return writes;
        });
        // Queued before taking the lock: whoever holds it when this write is queued either takes
        // it in its group, or leaves it for the next holder, possibly this very thread.
        hold(id, () -> {
            if (!write.done) applyTogether(id, waiting.remove(id));
            return null;
        });
        return write.outcome();
    }

    /**
     * Runs the work while holding the conversation in this process: writers of one conversation
     * queue here before they take a database connection, so sixty-four of them do not hold the whole
     * pool while they wait for the row lock. The row lock still orders writers of other instances.
     */
    static <T> T hold(ConversationId id, Supplier<T> work) {
        ReentrantLock stripe = STRIPES[Math.floorMod(id.hashCode(), STRIPES.length)];
        stripe.lock();
        try {
            return work.get();
        } finally {
            stripe.unlock();
        }
    }

    private void applyTogether(ConversationId id, List<Write<?>> group) {
        try {
            work.inUnit(() -> {
                // a retried unit starts again from fresh state: every write is applied afresh
                Conversation conversation = work.loadForUpdate(id);
                List<ConversationEvent> events = new ArrayList<>();
                for (Write<?> write : group) {
                    ConversationState before = conversation.state();
                    if (write.applyTo(conversation)) events.addAll(conversation.pullEvents());
                    else conversation = Conversation.restore(before); // drops what the failed verb did
                }
                if (!events.isEmpty()) work.save(conversation, events);
                return null;
            });
        } catch (RuntimeException | Error unitFailed) {
            group.forEach(write -> write.failed(unitFailed));
            throw unitFailed;
        } finally {
            group.forEach(Write::finish);
        }
    }

    private static ReentrantLock[] newStripes(int count) {
        ReentrantLock[] stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) stripes[i] = new ReentrantLock();
        return stripes;
    }

    /**
     * One writer's verb and its outcome. Written by the holder that applies it and read by the
     * writer after it took the stripe in turn, so the lock orders the two.
     */
    private static final class Write<T> {
        private final Function<Conversation, T> verb;
        private T result;
        private Throwable failure;
        private boolean done;

        Write(Function<Conversation, T> verb) {
            this.verb = verb;
        }

        /** Applies the verb; false when it failed, which then is this writer's answer alone. */
        boolean applyTo(Conversation conversation) {
            try {
                result = verb.apply(conversation);
                failure = null;
                return true;
            } catch (ConcurrentUpdateException lostRace) {
                throw lostRace; // the unit's business: it runs once more on fresh state
            } catch (RuntimeException refused) {
                result = null;
                failure = refused;
                return false;
            }
        }

        void failed(Throwable unitFailed) {
            result = null;
            failure = unitFailed;
        }

        void finish() {
            done = true;
        }

        T outcome() {
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
            return result;
        }
    }
}
