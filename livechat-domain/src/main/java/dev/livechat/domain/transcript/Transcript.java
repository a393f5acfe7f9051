package dev.livechat.domain.transcript;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.Rating;
import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What a transcript mail shows, and nothing more: the visitor-visible messages with their
 * authors, the operators' names (never their emails), and the zone to show times in. Notes, tags
 * and expertise are not here, so no mailer can leak them. The visitor's own rating is: it is theirs.
 */
public record Transcript(
        ConversationId conversation,
        String visitorName,
        List<String> operatorNames,
        Instant startedAt,
        Instant closedAt,
        ZoneId zone,
        List<Message> messages,
        Optional<Rating> rating) {
    public Transcript {
        operatorNames = List.copyOf(operatorNames);
        messages = List.copyOf(messages);
        Require.present("rating", rating);
    }

    /** A transcript of a conversation not rated. */
    public Transcript(
            ConversationId conversation,
            String visitorName,
            List<String> operatorNames,
            Instant startedAt,
            Instant closedAt,
            ZoneId zone,
            List<Message> messages) {
        this(conversation, visitorName, operatorNames, startedAt, closedAt, zone, messages, Optional.empty());
    }

    /** "Conversation with Ana, Bo". Without any operator the delivery names the channel instead. */
    public String subject() {
        return "Conversation with " + String.join(", ", operatorNames);
    }
}
