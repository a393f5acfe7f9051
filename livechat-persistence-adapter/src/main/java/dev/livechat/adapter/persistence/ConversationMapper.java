package dev.livechat.adapter.persistence;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.MessageStats;
import dev.livechat.domain.conversation.Note;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.UserId;
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
        e.channelId = s.channel().value();
        Visitor v = s.visitor();
        e.visitorName = v.name();
        e.visitorEmail = v.email().map(EmailAddress::value).orElse(null);
        e.visitorTimeZone = v.timeZone().map(ZoneId::getId).orElse(null);
        e.contactId = v.contact().map(ContactId::value).orElse(null);
        e.visitorKey = v.key().orElse(null);
        e.visitorLanguage = s.language().map(LanguageTag::value).orElse(null);
        e.visitorCountry = s.country().map(CountryCode::value).orElse(null);
        e.chatbotAnswers = ConversationJson.answers(s.chatbotAnswers());
        e.expertise = ConversationJson.expertise(s.expertise());
        e.tags = ConversationJson.tags(s.tags());
        s.note().ifPresent(note -> {
            e.noteText = note.text();
            e.noteEditedBy = note.editedBy().value();
            e.noteEditorName = note.editorName();
            e.noteEditedAt = Times.stored(note.editedAt());
        });
        e.startedAt = Times.stored(s.startedAt());
        e.status = s.status().map(Enum::name).orElse(null);
        e.statusSince = Times.stored(s.statusSince());
        e.helpRequestedAt = Times.stored(s.helpRequestedAt());
        e.closed = s.closed();
        e.closedAt = Times.stored(s.closedAt());
        e.outcome = s.outcome().map(Enum::name).orElse(null);
        e.closeCause = s.closeCause().map(Enum::name).orElse(null);
        e.participants = ConversationJson.participants(s.participants());
        e.assignedOperatorId = s.assignment().operator().map(UserId::value).orElse(null);
        e.assignmentRule = s.assignment().rule().name();
        e.assignmentTrace = ConversationJson.strings(s.assignment().trace());
        writeStats(e, s);
        e.history = ConversationJson.history(s.history());
        e.lastEventSeq = s.lastEventSeq();
        e.version = s.version();
        return e;
    }

    private static void writeStats(ConversationEntity e, ConversationState s) {
        MessageStats m = s.messages();
        e.lastSeq = m.lastSeq();
        e.visitorMessages = m.visitorMessages();
        e.visitorMessagesWithOperator = m.visitorMessagesWithOperator();
        e.operatorMessages = m.operatorMessages();
        e.lastMessageAt = Times.stored(m.lastMessageAt());
        e.firstOperatorReplyAt = Times.stored(m.firstOperatorReplyAt());
        e.lastActivityAt = Times.stored(s.lastActivityAt());
        e.startedMs = s.startedAt().toEpochMilli();
        e.closedMs = Times.millis(s.closedAt());
        e.firstReplyMs = Times.millis(m.firstOperatorReplyAt());
        e.startedDay = Times.utcDay(s.startedAt());
    }

    static ConversationState toState(ConversationEntity e) {
        return new ConversationState(
                ConversationId.of(e.id),
                ChannelId.of(e.channelId),
                visitor(e),
                Optional.ofNullable(e.visitorLanguage).map(LanguageTag::of),
                Optional.ofNullable(e.visitorCountry).map(CountryCode::of),
                ConversationJson.answers(e.chatbotAnswers),
                ConversationJson.expertise(e.expertise),
                ConversationJson.tags(e.tags),
                note(e),
                e.startedAt,
                Optional.ofNullable(e.status).map(ConversationStatus::valueOf),
                e.statusSince,
                Optional.ofNullable(e.helpRequestedAt),
                Optional.ofNullable(e.closedAt),
                Optional.ofNullable(e.outcome).map(Outcome::valueOf),
                Optional.ofNullable(e.closeCause).map(CloseCause::valueOf),
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
                        Optional.ofNullable(e.firstOperatorReplyAt)),
                ConversationJson.history(e.history),
                e.lastEventSeq,
                e.version);
    }

    private static Visitor visitor(ConversationEntity e) {
        return new Visitor(
                e.visitorName,
                Optional.ofNullable(e.visitorEmail).map(EmailAddress::of),
                Optional.ofNullable(e.visitorTimeZone).map(ZoneId::of),
                Optional.ofNullable(e.contactId).map(ContactId::of),
                Optional.ofNullable(e.visitorKey));
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
            row.channelId = s.channel().value();
            rows.add(row);
        }
        return rows;
    }

    static List<ConversationTagEntity> tagRows(ConversationState s) {
        return s.tags().stream()
                .map(t -> new ConversationTagEntity(s.id().value(), t.key(), t.value()))
                .toList();
    }

    static List<ConversationExpertiseEntity> expertiseRows(ConversationState s) {
        return s.expertise().stream()
                .map(x -> new ConversationExpertiseEntity(s.id().value(), x.key(), x.value()))
                .toList();
    }
}
