package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import java.util.Set;

public record SetExpertiseCommand(Caller caller, ConversationId conversation, Set<ExpertiseName> expertise) {
    public SetExpertiseCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        expertise = Set.copyOf(Require.present("names", expertise));
        Require.that(expertise.size() <= 20, "names", "at most 20");
    }
}
