package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.isVisitorOf;

import dev.livechat.domain.conversation.Rating;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.port.in.RateConversationCommand;
import dev.livechat.domain.port.in.RateConversationUseCase;
import java.time.Clock;

/** Ratings (CSAT): only the conversation's own visitor rates it (docs/product-rules.md, "Ratings"). */
public final class RatingService implements RateConversationUseCase {
    private final ConversationWork work;
    private final Clock clock;

    public RatingService(ConversationWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Override
    public Rating rate(RateConversationCommand command) {
        return work.apply(command.conversation(), conversation -> {
            if (!isVisitorOf(conversation.state(), command.caller()))
                throw new AccessDeniedException(command.caller().describe() + " may not rate conversation "
                        + command.conversation() + ": only its visitor may");
            Rating rating = new Rating(command.score(), command.comment(), clock.instant());
            conversation.rate(rating);
            return rating;
        });
    }
}
