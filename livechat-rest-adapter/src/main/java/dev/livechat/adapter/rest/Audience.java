package dev.livechat.adapter.rest;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.access.ConversationPermissions;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.in.ListParticipationsUseCase;
import dev.livechat.domain.typing.TypingNotice;
import java.util.HashSet;
import java.util.Set;

/**
 * Who may see which event (docs/rest-api.md, "Events"):
 *
 * <ul>
 *   <li>a visitor: its own conversation's visitor-visible events, never notes, tags, expertise,
 *       status or the help queue;
 *   <li>a manager: everything;
 *   <li>an operator: the events of its channels, every {@code help-queue.changed}, and the events
 *       of the conversations it takes part in outside its channels. Those it learns from the
 *       stream itself: an event that brings it into the conversation (it is assigned, joins, or is
 *       the target of a transfer: {@link EventRecord#operatorBroughtIn()}). And, from its start,
 *       those the operator takes part in already (looked up when the stream starts or resumes:
 *       {@link #of(Caller, ListParticipationsUseCase)}).
 * </ul>
 *
 * {@link #mayQueue} is a cheap, exact first cut made on the hub's thread; {@link #admits} is the
 * full decision, made on the subscriber's own thread in stream order.
 */
interface Audience {
    boolean admits(EventRecord event);

    /**
     * Typing is for the other side: a visitor hears the operators', operators (those who would see
     * the conversation's events) hear the visitor's, never each other's.
     */
    default boolean admits(TypingNotice notice) {
        return notice.side() == SeenMarks.Side.VISITOR;
    }

    default boolean mayQueue(EventRecord event) {
        return true;
    }

    /** A user without live chat access (role USER) is refused with 403. */
    static Audience of(Caller caller) {
        if (caller instanceof Caller.Visitor visitor) return new VisitorAudience(visitor.conversation());
        Operator user = ConversationPermissions.livechatUser(caller, "subscribe to live chat events");
        if (user.role() == Role.LIVECHAT_MANAGER) return event -> true;
        return new OperatorAudience(user.id(), user.channels());
    }

    /** As {@link #of(Caller)}, an operator's audience knowing from the start what it takes part in. */
    static Audience of(Caller caller, ListParticipationsUseCase participations) {
        Audience audience = of(caller);
        if (audience instanceof OperatorAudience operator)
            operator.takingPart.addAll(participations.takingPart(caller));
        return audience;
    }

    record VisitorAudience(ConversationId conversation) implements Audience {
        @Override
        public boolean admits(EventRecord event) {
            return event.visibleToVisitor() && event.conversationId().equals(conversation);
        }

        @Override
        public boolean mayQueue(EventRecord event) {
            return admits(event);
        }

        @Override
        public boolean admits(TypingNotice notice) {
            return notice.side() == SeenMarks.Side.OPERATOR
                    && notice.conversation().equals(conversation);
        }
    }

    /** Keeps the conversations the operator takes part in; used by one thread at a time. */
    final class OperatorAudience implements Audience {
        private final UserId userId;
        private final Set<ChannelId> channels;
        private final Set<ConversationId> takingPart = new HashSet<>();

        OperatorAudience(UserId userId, Set<ChannelId> channels) {
            this.userId = userId;
            this.channels = Set.copyOf(channels);
        }

        @Override
        public boolean admits(EventRecord event) {
            if (event.operatorBroughtIn().filter(userId::equals).isPresent()) takingPart.add(event.conversationId());
            return channels.contains(event.channel())
                    || event.type() == EventType.HELP_QUEUE_CHANGED
                    || takingPart.contains(event.conversationId());
        }

        @Override
        public boolean admits(TypingNotice notice) {
            return notice.side() == SeenMarks.Side.VISITOR
                    && (channels.contains(notice.channel()) || takingPart.contains(notice.conversation()));
        }
    }
}
