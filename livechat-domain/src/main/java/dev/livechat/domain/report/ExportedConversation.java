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
 * warehouse or a spreadsheet.
 */
public record ExportedConversation(
        ConversationId id,
        ExportedChannel channel,
        Timing timing,
        Optional<Outcome> outcome,
        List<ExportedOperator> operators,
        Labels labels,
        VisitorLocale visitor,
        Figures figures) {

    public ExportedConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(outcome, "outcome");
        operators = List.copyOf(operators);
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(figures, "figures");
    }

    public record ExportedChannel(ChannelId id, String name) {
        public ExportedChannel {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The start, the close (empty while open), and the time to the first operator reply (empty without one). */
    public record Timing(Instant startedAt, Optional<Instant> closedAt, Optional<Duration> firstResponse) {
        public Timing {
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(closedAt, "closedAt");
            Objects.requireNonNull(firstResponse, "firstResponse");
        }
    }

    /** An operator who took part, with the name it had then. */
    public record ExportedOperator(UserId id, String name) {
        public ExportedOperator {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Tag and expertise names, as the catalogue spells them. */
    public record Labels(List<String> tags, List<String> expertise) {
        public Labels {
            tags = List.copyOf(tags);
            expertise = List.copyOf(expertise);
        }
    }

    /** The visitor's country and language, when known. */
    public record VisitorLocale(Optional<String> country, Optional<String> language) {
        public VisitorLocale {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(language, "language");
        }
    }

    /**
     * {@code messages} counts what the reports count (the conversation's last sequence number);
     * {@code rating} is the visitor's rating, when the storage knows ratings (empty otherwise).
     */
    public record Figures(long messages, Optional<String> rating) {
        public Figures {
            Objects.requireNonNull(rating, "rating");
        }
    }
}
