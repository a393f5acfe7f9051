package dev.livechat.domain.report;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.operator.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One conversation as an export has it: the facts the reports count, row by row, for a data
 * warehouse or a spreadsheet. {@code messages} counts what the reports count (the conversation's
 * last sequence number); {@code firstResponse} is from the start to the first operator reply.
 * {@code rating} is the visitor's rating, when the storage knows ratings (empty otherwise).
 */
public record ExportedConversation(
        ConversationId id,
        ChannelId channel,
        String channelName,
        Instant startedAt,
        Optional<Instant> closedAt,
        Optional<Outcome> outcome,
        List<ExportedOperator> operators,
        List<String> tags,
        List<String> expertise,
        Optional<String> country,
        Optional<String> language,
        Optional<Duration> firstResponse,
        long messages,
        Optional<String> rating) {

    public ExportedConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(outcome, "outcome");
        operators = List.copyOf(operators);
        tags = List.copyOf(tags);
        expertise = List.copyOf(expertise);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(rating, "rating");
    }

    /** An operator who took part, with the name it had then. */
    public record ExportedOperator(UserId id, String name) {
        public ExportedOperator {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
