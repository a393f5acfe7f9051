package dev.livechat.domain.port.out;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import java.util.List;

/**
 * Saves a conversation with the events its verbs recorded, atomically: the new state, the new
 * messages (carried by {@code MessagePosted} events; the log is append-only) and the events
 * themselves (the outbox), or nothing.
 *
 * <p>A conversation whose version is 0 is new and inserted; any other is updated only if storage
 * still holds that version, else {@link dev.livechat.domain.error.ConcurrentUpdateException}. After
 * a save the implementation calls {@link Conversation#savedAtVersion(long)} with the new version.
 *
 * @return the events as stored, with their positions in the event stream
 */
public interface SaveConversationPort {
    List<EventRecord> save(Conversation conversation, List<ConversationEvent> events);
}
