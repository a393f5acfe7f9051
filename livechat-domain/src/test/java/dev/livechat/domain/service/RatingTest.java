package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Rating;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.RateConversationCommand;
import dev.livechat.domain.port.in.StartedConversation;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/product-rules.md "Ratings": the visitor rates once, while open or within 24 hours of the close. */
class RatingTest {
    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final StartedConversation started = world.start(visitor("Claire").saying("Hello"));
    final ConversationId id = started.conversation().id();

    Rating rate(Caller caller, int score, String comment) {
        return world.chat.rate().rate(new RateConversationCommand(caller, id, score, Optional.ofNullable(comment)));
    }

    @Test
    void theVisitorRatesAnOpenConversationAndTheRatingIsStoredWithAnEvent() {
        Rating rating = rate(world.visitorOf(started), 4, "  Quick and kind  ");

        assertThat(rating.score()).isEqualTo(4);
        assertThat(rating.comment()).contains("Quick and kind");
        assertThat(rating.ratedAt()).isEqualTo(world.clock.instant());
        assertThat(world.stored(id).rating()).contains(rating);
        EventRecord event = world.history(id).get(world.history(id).size() - 1);
        assertThat(event.type().wireName()).isEqualTo("rating.created");
        assertThat(event.data()).containsEntry("score", 4).containsEntry("comment", "Quick and kind");
        assertThat(world.publishedTypes(id)).contains("rating.created");
    }

    @Test
    void aSecondRatingIsRefusedAndTheFirstStays() {
        rate(world.visitorOf(started), 2, null);

        assertThatThrownBy(() -> rate(world.visitorOf(started), 5, "changed my mind"))
                .isInstanceOf(StateConflictException.class)
                .hasMessageContaining("already rated");
        assertThat(world.stored(id).rating().orElseThrow().score()).isEqualTo(2);
        assertThat(world.historyTypes(id).stream().filter("rating.created"::equals))
                .hasSize(1);
    }

    @Test
    void aClosedConversationCanBeRatedUpTo24HoursAfterItsClose() {
        world.close(world.visitorOf(started), id);
        world.later(Duration.ofHours(24));

        assertThat(rate(world.visitorOf(started), 5, null).comment()).isEmpty();
    }

    @Test
    void laterThan24HoursAfterTheCloseItIsRefused() {
        world.close(world.visitorOf(started), id);
        world.later(Duration.ofHours(24).plusSeconds(1));

        assertThatThrownBy(() -> rate(world.visitorOf(started), 5, null))
                .isInstanceOf(StateConflictException.class)
                .hasMessageContaining("24 hours");
        assertThat(world.stored(id).rating()).isEmpty();
    }

    @Test
    void onlyTheConversationsOwnVisitorRates() {
        StartedConversation other = world.start(visitor("Mallory"));

        assertThatThrownBy(() -> rate(World.as(ana), 5, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rate(world.visitorOf(other), 1, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(world.stored(id).rating()).isEmpty();
    }

    @Test
    void aScoreOutside1To5OrALongCommentNamesTheField() {
        Caller visitor = world.visitorOf(started);
        assertThatThrownBy(() -> rate(visitor, 0, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("score"));
        assertThatThrownBy(() -> rate(visitor, 6, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> rate(visitor, 3, "x".repeat(1001)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThat(rate(visitor, 3, "x".repeat(1000)).comment().orElseThrow()).hasSize(1000);
    }
}
