package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.tag.Tag;
import java.util.List;

/** Tags on a conversation: add an existing one or create it by name; remove one; find by prefix. */
public interface TagConversationUseCase {
    ConversationState addTag(TagCommand command);

    ConversationState removeTag(TagCommand command);

    /** At most 15 tags whose name starts with the prefix. */
    List<Tag> findTags(dev.livechat.domain.access.Caller caller, String prefix);
}
