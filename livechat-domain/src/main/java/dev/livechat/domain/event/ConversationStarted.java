package dev.livechat.domain.event;

import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import java.util.Optional;
import java.util.Set;

/** A visitor started the conversation. */
public record ConversationStarted(
        EventHeader header,
        Optional<LanguageTag> language,
        Optional<CountryCode> country,
        Set<ExpertiseName> expertise,
        String visitorName)
        implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.CONVERSATION_STARTED;
    }
}
