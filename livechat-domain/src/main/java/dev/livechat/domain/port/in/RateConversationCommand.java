package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Rating;
import dev.livechat.domain.error.Require;
import java.util.Optional;

/** The visitor's score (1 to 5) and optional comment; checked here, so that a bad one writes nothing. */
public record RateConversationCommand(Caller caller, ConversationId conversation, int score, Optional<String> comment) {
    public RateConversationCommand {
        Require.present("caller", caller);
        Require.present("conversationId", conversation);
        Require.that(score >= Rating.MIN_SCORE && score <= Rating.MAX_SCORE, "score", "must be 1 to 5, was " + score);
        Require.present("comment", comment);
        comment.ifPresent(text -> Require.that(
                text.strip().length() <= Rating.MAX_COMMENT,
                "comment",
                "must be at most " + Rating.MAX_COMMENT + " characters, was "
                        + text.strip().length()));
    }
}
