package dev.livechat.domain.service;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.Retry;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.port.out.LoadConversationPort;
import dev.livechat.domain.port.out.PublishEventsPort;
import dev.livechat.domain.port.out.SaveConversationPort;
import dev.livechat.domain.port.out.TransactionPort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shape of every use case on a conversation: in one unit of work, load it for update, one
 * domain call, save with its events; after the commit, publish. Writers of one conversation queue
 * on its lock (where the store has one) instead of failing, and those that queued together are
 * applied together ({@link GroupCommit}); a store without locks loses a race with a
 * {@link dev.livechat.domain.error.ConcurrentUpdateException} and the unit runs once more.
 */
public final class ConversationWork {
    private static final System.Logger LOG = System.getLogger(ConversationWork.class.getName());

    private final LoadConversationPort load;
    private final SaveConversationPort save;
    private final PublishEventsPort publisher;
    private final TransactionPort transactions;
    /** The events stored by the unit of work open on this thread, published once it commits. */
    private final ThreadLocal<List<EventRecord>> unpublished = new ThreadLocal<>();

    private final GroupCommit group;

    public ConversationWork(
            LoadConversationPort load,
            SaveConversationPort save,
            PublishEventsPort publisher,
            TransactionPort transactions) {
        this.load = load;
        this.save = save;
        this.publisher = publisher;
        this.transactions = transactions;
        this.group = new GroupCommit(this, transactions != TransactionPort.NONE);
    }

    /** Runs the verb on fresh state in a unit of work; returns the state after it. */
    ConversationState change(ConversationId id, Consumer<Conversation> verb) {
        return apply(id, conversation -> {
            verb.accept(conversation);
            return conversation.state();
        });
    }

    <T> T apply(ConversationId id, Function<Conversation, T> verb) {
        // Inside a unit already open on this thread, the writes of other callers must not join it:
        // they would be answered before that unit commits, and lost if it rolls back.
        if (unpublished.get() != null)
            return apply(id, verb, (conversation, events, result) -> save.save(conversation, events));
        return group.write(id, verb);
    }

    /**
     * Stores a changed conversation with its events, atomically: the save port, or a port that
     * stores something of the verb's result in the same write (a transcript request with its
     * history line).
     */
    @FunctionalInterface
    interface Store<T> {
        List<EventRecord> store(Conversation conversation, List<ConversationEvent> events, T result);
    }

    /** As {@link #apply(ConversationId, Function)}, stored by {@code store} when the verb recorded events. */
    <T> T apply(ConversationId id, Function<Conversation, T> verb, Store<T> store) {
        return GroupCommit.hold(
                id,
                () -> inUnit(() -> {
                    Conversation conversation = load.requireForUpdate(id);
                    T result = verb.apply(conversation);
                    List<ConversationEvent> events = conversation.pullEvents();
                    if (!events.isEmpty()) stored(store.store(conversation, events, result));
                    return result;
                }));
    }

    /**
     * Runs the work as one unit (joining the one open on this thread): all it stores commits
     * together, and its events are published after the commit, never for work rolled back.
     */
    <T> T inUnit(Supplier<T> work) {
        if (unpublished.get() != null) return work.get();
        List<EventRecord> stored = new ArrayList<>();
        T result = inUnit(work, stored);
        publish(stored);
        return result;
    }

    /** As {@link #inUnit(Supplier)}, leaving the events it stored in {@code stored}, for the caller to publish. */
    <T> T inUnit(Supplier<T> work, List<EventRecord> stored) {
        return Retry.onConflict(() -> {
            stored.clear();
            unpublished.set(stored);
            try {
                return transactions.inTransaction(work);
            } finally {
                unpublished.remove();
            }
        });
    }

    Conversation load(ConversationId id) {
        return load.require(id);
    }

    Conversation loadForUpdate(ConversationId id) {
        return load.requireForUpdate(id);
    }

    /** Saves the conversation with the events of the unit's verbs; they are published after the unit. */
    void save(Conversation conversation, List<ConversationEvent> events) {
        stored(save.save(conversation, events));
    }

    /** Saves the conversation with its pending events, if it has any; they are published after the unit. */
    void commit(Conversation conversation) {
        List<ConversationEvent> events = conversation.pullEvents();
        if (events.isEmpty()) return;
        stored(save.save(conversation, events));
    }

    /** Events another port stored with the unit's writes, to publish with the rest after the commit. */
    void stored(List<EventRecord> records) {
        List<EventRecord> pending = unpublished.get();
        if (pending != null) pending.addAll(records);
        else publish(records);
    }

    /** Publishing is best effort: the events are stored, and subscribers resume from storage. */
    void publish(List<EventRecord> records) {
        if (records.isEmpty()) return;
        try {
            publisher.publish(records);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "publishing " + records.size() + " stored events failed", e);
        }
    }
}
