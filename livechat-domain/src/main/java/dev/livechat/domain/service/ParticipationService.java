package dev.livechat.domain.service;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.access.ConversationPermissions;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.ListParticipationsUseCase;
import dev.livechat.domain.port.out.FindParticipationsPort;
import java.util.LinkedHashSet;
import java.util.Set;

/** A read: no unit of work, no event. */
public final class ParticipationService implements ListParticipationsUseCase {
    private final FindParticipationsPort participations;

    public ParticipationService(FindParticipationsPort participations) {
        this.participations = participations;
    }

    @Override
    public Set<ConversationId> takingPart(Caller caller) {
        Operator user = ConversationPermissions.livechatUser(caller, "list the conversations one takes part in");
        return new LinkedHashSet<>(participations.ongoingConversationsOf(user.id(), MAX));
    }
}
