package dev.livechat.domain.service;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.port.out.LoadConversationPort;
import dev.livechat.domain.port.out.PublishEventsPort;
import dev.livechat.domain.port.out.SaveConversationPort;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The shape of every use case on a conversation: load, one domain call, save with its events, publish. */
public final class ConversationWork {
    private static final System.Logger LOG = System.getLogger(ConversationWork.class.getName());

    private final LoadConversationPort load;
    private final SaveConversationPort save;
    private final PublishEventsPort publisher;

    public ConversationWork(LoadConversationPort load, SaveConversationPort save, PublishEventsPort publisher) {
        this.load = load;
        this.save = save;
        this.publisher = publisher;
    }

    /** Runs the verb on fresh state, retried once on a concurrent update; returns the state after it. */
    ConversationState change(ConversationId id, Consumer<Conversation> verb) {
        return apply(id, conversation -> {
            verb.accept(conversation);
            return conversation.state();
        });
    }

    <T> T apply(ConversationId id, Function<Conversation, T> verb) {
        return Retry.onConflict(() -> {
            Conversation conversation = load.require(id);
            T result = verb.apply(conversation);
            commit(conversation);
            return result;
        });
    }

    Conversation load(ConversationId id) {
        return load.require(id);
    }

    /** Saves the conversation with its pending events, if it has any, and publishes them. */
    void commit(Conversation conversation) {
        List<ConversationEvent> events = conversation.pullEvents();
        if (events.isEmpty()) return;
        publish(save.save(conversation, events));
    }

    /** Publishing is best effort: the events are stored, and subscribers resume from storage. */
    void publish(List<EventRecord> records) {
        try {
            publisher.publish(records);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "publishing " + records.size() + " stored events failed", e);
        }
    }
}
