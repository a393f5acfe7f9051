package dev.livechat.adapter.rest;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.access.ConversationPermissions;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
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
 *       stream itself: an {@code operator.assigned} or {@code conversation.joined} naming it as
 *       {@code operatorId}, a {@code conversation.transferred} naming it as {@code toOperatorId}.
 *       A stream started (or resumed) after such an event does not know that conversation.
 * </ul>
 *
 * {@link #mayQueue} is a cheap, exact first cut made on the hub's thread; {@link #admits} is the
 * full decision, made on the subscriber's own thread in stream order.
 */
interface Audience {
    String HELP_QUEUE = "help-queue.changed";

    boolean admits(EventRecord event);

    default boolean mayQueue(EventRecord event) {
        return true;
    }

    /** A user without live chat access (role USER) is refused with 403. */
    static Audience of(Caller caller) {
        if (caller instanceof Caller.Visitor visitor) return new VisitorAudience(visitor.conversation());
        Operator user = ConversationPermissions.livechatUser(caller, "subscribe to live chat events");
        if (user.role() == Role.LIVECHAT_MANAGER) return event -> true;
        return new OperatorAudience(user.id().value(), user.channels());
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
    }

    /** Keeps the conversations the operator takes part in; used by one thread at a time. */
    final class OperatorAudience implements Audience {
        private final String userId;
        private final Set<ChannelId> channels;
        private final Set<ConversationId> takingPart = new HashSet<>();

        OperatorAudience(String userId, Set<ChannelId> channels) {
            this.userId = userId;
            this.channels = Set.copyOf(channels);
        }

        @Override
        public boolean admits(EventRecord event) {
            if (namesMe(event)) takingPart.add(event.conversationId());
            return channels.contains(event.channel())
                    || HELP_QUEUE.equals(event.type())
                    || takingPart.contains(event.conversationId());
        }

        private boolean namesMe(EventRecord event) {
            return switch (event.type()) {
                case "operator.assigned", "conversation.joined" ->
                    userId.equals(event.data().get("operatorId"));
                case "conversation.transferred" -> userId.equals(event.data().get("toOperatorId"));
                default -> false;
            };
        }
    }
}
