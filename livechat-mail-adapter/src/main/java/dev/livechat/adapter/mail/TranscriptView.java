package dev.livechat.adapter.mail;

import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.Rating;
import dev.livechat.domain.transcript.Transcript;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A transcript as the lines a mail shows, with every time already in the visitor's zone. Both the
 * plain-text and the HTML part are drawn from it, so they cannot disagree. It holds unescaped text:
 * each renderer escapes for its own format.
 */
record TranscriptView(
        String title, String visitorName, String dateLine, Optional<String> ratingLine, List<Entry> entries) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /**
     * One message. {@code newDay} is set on the first message of a day other than the
     * conversation's first; {@code author} is empty for SYSTEM messages ("Ana joined the conversation").
     */
    record Entry(Optional<String> newDay, String time, Optional<String> author, String body) {}

    static TranscriptView of(Transcript transcript) {
        ZoneId zone = transcript.zone();
        LocalDate day = transcript.startedAt().atZone(zone).toLocalDate();
        List<Entry> entries = new ArrayList<>();
        for (Message message : transcript.messages()) {
            LocalDate messageDay = message.sentAt().atZone(zone).toLocalDate();
            Optional<String> newDay = messageDay.equals(day) ? Optional.empty() : Optional.of(DAY.format(messageDay));
            day = messageDay;
            entries.add(new Entry(newDay, time(message.sentAt(), zone), author(message), text(message)));
        }
        return new TranscriptView(
                transcript.subject(),
                transcript.visitorName(),
                dateLine(transcript),
                transcript.rating().map(TranscriptView::ratingLine),
                List.copyOf(entries));
    }

    /** "4 of 5: Quick and kind", or "4 of 5" without a comment. */
    private static String ratingLine(Rating rating) {
        String score = rating.score() + " of " + Rating.MAX_SCORE;
        return rating.comment().map(comment -> score + ": " + comment).orElse(score);
    }

    /** "Monday 3 June 2024, 14:05 to 14:32 (Europe/Brussels, UTC+02:00)". */
    private static String dateLine(Transcript transcript) {
        ZoneId zone = transcript.zone();
        var start = transcript.startedAt().atZone(zone);
        var end = transcript.closedAt().atZone(zone);
        String to = start.toLocalDate().equals(end.toLocalDate())
                ? TIME.format(end)
                : DAY.format(end) + ", " + TIME.format(end);
        return DAY.format(start) + ", " + TIME.format(start) + " to " + to + " ("
                + zoneLabel(zone, transcript.startedAt()) + ")";
    }

    private static String zoneLabel(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        String utc = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        boolean region = !(zone instanceof ZoneOffset) && !zone.normalized().equals(offset);
        return region ? zone.getId() + ", " + utc : utc;
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    private static Optional<String> author(Message message) {
        return message.authorKind() == AuthorKind.SYSTEM ? Optional.empty() : Optional.of(message.authorName());
    }

    private static String text(Message message) {
        return message.body().value().replace("\r\n", "\n").replace('\r', '\n');
    }
}
