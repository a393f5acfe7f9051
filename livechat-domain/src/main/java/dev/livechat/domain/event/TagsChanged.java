package dev.livechat.domain.event;

import dev.livechat.domain.tag.TagName;
import java.util.Set;

/** A tag was added or removed; carries the tags now. */
public record TagsChanged(EventHeader header, Set<TagName> tags) implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.TAGS_CHANGED;
    }
}
