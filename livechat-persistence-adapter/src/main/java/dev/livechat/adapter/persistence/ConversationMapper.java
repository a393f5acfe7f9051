package dev.livechat.adapter.persistence;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.conversation.Annotations;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Lifecycle;
import dev.livechat.domain.conversation.MessageStats;
import dev.livechat.domain.conversation.Note;
import dev.livechat.domain.conversation.OpeningFacts;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.conversation.Rating;
import dev.livechat.domain.conversation.ReplyWait;
import dev.livechat.domain.conversation.Revision;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ConversationState} to and from its row, and the rows that repeat its collections. */
final class ConversationMapper {
    private ConversationMapper() {}

    static ConversationEntity toEntity(ConversationState s) {
        ConversationEntity e = new ConversationEntity();
        e.id = s.id().value();
        writeOpening(e, s.opening());
        writeLifecycle(e, s.lifecycle());
        writeAnnotations(e, s.annotations());
        e.participants = ConversationJson.participants(s.participants());
        e.assignedOperatorId = s.assignment().operator().map(UserId::value).orElse(null);
        e.assignmentRule = s.assignment().rule().name();
        e.assignmentTrace = ConversationJson.strings(s.assignment().trace());
        writeStats(e, s);
        e.history = ConversationJson.history(s.history());
        writeFeedback(e, s);
        e.lastEventSeq = s.revision().lastEventSeq();
        e.version = s.revision().version();
        return e;
    }

    private static void writeOpening(ConversationEntity e, OpeningFacts o) {
        e.channelId = o.channel().value();
        Visitor v = o.visitor();
        e.visitorName = v.name();
        e.visitorEmail = v.email().map(EmailAddress::value).orElse(null);
        e.visitorTimeZone = v.timeZone().map(ZoneId::getId).orElse(null);
        e.contactId = v.contact().map(ContactId::value).orElse(null);
        e.visitorKey = v.key().orElse(null);
        e.visitorLanguage = o.language().map(LanguageTag::value).orElse(null);
        e.visitorCountry = o.country().map(CountryCode::value).orElse(null);
        e.chatbotAnswers = ConversationJson.answers(o.chatbotAnswers());
        e.startedAt = Times.stored(o.startedAt());
    }

    /** A closed conversation keeps its close time as its status time, and no status. */
    private static void writeLifecycle(ConversationEntity e, Lifecycle l) {
        e.status = l.status().map(Enum::name).orElse(null);
        e.statusSince = Times.stored(l.since());
        e.helpRequestedAt = Times.stored(l.helpRequestedAt());
        e.closed = l.closed();
        e.closedAt = Times.stored(l.closedAt());
        e.outcome = l.outcome().map(Enum::name).orElse(null);
        e.closeCause = l.closeCause().map(Enum::name).orElse(null);
    }

    private static void writeAnnotations(ConversationEntity e, Annotations a) {
        e.expertise = ConversationJson.expertise(a.expertise());
        e.tags = ConversationJson.tags(a.tags());
        a.note().ifPresent(note -> {
            e.noteText = note.text();
            e.noteEditedBy = note.editedBy().value();
            e.noteEditorName = note.editorName();
            e.noteEditedAt = Times.stored(note.editedAt());
        });
    }

    private static void writeStats(ConversationEntity e, ConversationState s) {
        MessageStats m = s.messages();
        e.lastSeq = m.lastSeq();
        e.visitorMessages = m.visitorMessages();
        e.visitorMessagesWithOperator = m.visitorMessagesWithOperator();
        e.operatorMessages = m.operatorMessages();
        e.lastMessageAt = Times.stored(m.lastMessageAt());
        e.firstOperatorReplyAt = Times.stored(m.firstOperatorReplyAt());
        e.visitorSeenSeq = m.seen().visitor();
        e.operatorSeenSeq = m.seen().operator();
        e.lastActivityAt = Times.stored(s.lastActivityAt());
        Instant startedAt = s.opening().startedAt();
        e.startedMs = startedAt.toEpochMilli();
        e.closedMs = Times.millis(s.lifecycle().closedAt());
        e.firstReplyMs = Times.millis(m.firstOperatorReplyAt());
        e.startedDay = Times.utcDay(startedAt);
    }

    private static void writeFeedback(ConversationEntity e, ConversationState s) {
        e.replyAwaitedSince = Times.stored(s.replyWait().since());
        e.replyAnswered = s.replyWait().answered();
        s.rating().ifPresent(r -> {
            e.ratingScore = r.score();
            e.ratingComment = r.comment().orElse(null);
            e.ratedAt = Times.stored(r.ratedAt());
        });
    }

    static ConversationState toState(ConversationEntity e) {
        return new ConversationState(
                new OpeningFacts(
                        ConversationId.of(e.id),
                        ChannelId.of(e.channelId),
                        visitor(e),
                        Optional.ofNullable(e.visitorLanguage).map(LanguageTag::of),
                        Optional.ofNullable(e.visitorCountry).map(CountryCode::of),
                        ConversationJson.answers(e.chatbotAnswers),
                        e.startedAt),
                lifecycle(e),
                new Annotations(
                        note(e), ConversationJson.tags(e.tags), ConversationJson.expertise(e.expertise), rating(e)),
                ConversationJson.participants(e.participants),
                new Assignment(
                        Optional.ofNullable(e.assignedOperatorId).map(UserId::of),
                        AssignmentRule.valueOf(e.assignmentRule),
                        ConversationJson.strings(e.assignmentTrace)),
                new MessageStats(
                        e.lastSeq,
                        e.visitorMessages,
                        e.visitorMessagesWithOperator,
                        e.operatorMessages,
                        Optional.ofNullable(e.lastMessageAt),
                        Optional.ofNullable(e.firstOperatorReplyAt),
                        new ReplyWait(Optional.ofNullable(e.replyAwaitedSince), e.replyAnswered),
                        new SeenMarks(e.visitorSeenSeq, e.operatorSeenSeq)),
                ConversationJson.history(e.history),
                new Revision(e.lastEventSeq, e.version));
    }

    /** Also what the lists read: a row is closed with its close time, cause and outcome, or open with a status. */
    static Lifecycle lifecycle(ConversationEntity e) {
        Optional<Instant> helpRequestedAt = Optional.ofNullable(e.helpRequestedAt);
        if (e.closed)
            return new Lifecycle.Closed(
                    e.closedAt, CloseCause.valueOf(e.closeCause), Outcome.valueOf(e.outcome), helpRequestedAt);
        return new Lifecycle.Open(ConversationStatus.valueOf(e.status), e.statusSince, helpRequestedAt);
    }

    private static Visitor visitor(ConversationEntity e) {
        return new Visitor(
                e.visitorName,
                Optional.ofNullable(e.visitorEmail).map(EmailAddress::of),
                Optional.ofNullable(e.visitorTimeZone).map(ZoneId::of),
                Optional.ofNullable(e.contactId).map(ContactId::of),
                Optional.ofNullable(e.visitorKey));
    }

    private static Optional<Rating> rating(ConversationEntity e) {
        if (e.ratingScore == null) return Optional.empty();
        return Optional.of(new Rating(e.ratingScore, Optional.ofNullable(e.ratingComment), e.ratedAt));
    }

    private static Optional<Note> note(ConversationEntity e) {
        if (e.noteText == null) return Optional.empty();
        return Optional.of(new Note(e.noteText, UserId.of(e.noteEditedBy), e.noteEditorName, e.noteEditedAt));
    }

    static List<ParticipantEntity> participantRows(ConversationState s) {
        List<ParticipantEntity> rows = new ArrayList<>();
        List<Participant> all = s.participants().all();
        for (int i = 0; i < all.size(); i++) {
            Participant p = all.get(i);
            ParticipantEntity row = new ParticipantEntity();
            row.conversationId = s.id().value();
            row.idx = i;
            row.userId = p.id().value();
            row.name = p.name();
            row.entry = p.entry().name();
            row.since = Times.stored(p.since());
            row.leftAt = Times.stored(p.leftAt());
            row.ongoing = p.leftAt().isEmpty() && !s.closed();
            row.channelId = s.opening().channel().value();
            rows.add(row);
        }
        return rows;
    }

    static List<ConversationTagEntity> tagRows(ConversationState s) {
        return s.annotations().tags().stream()
                .map(t -> new ConversationTagEntity(s.id().value(), t.key(), t.value()))
                .toList();
    }

    static List<ConversationExpertiseEntity> expertiseRows(ConversationState s) {
        return s.annotations().expertise().stream()
                .map(x -> new ConversationExpertiseEntity(s.id().value(), x.key(), x.value()))
                .toList();
    }
}
