package dev.livechat.adapter.mail;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.OperatorFixtures;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.EditNoteCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.SetExpertiseCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartConversationCommand.VisitorDetails;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.port.out.TranscriptMailer;
import dev.livechat.domain.tag.TagName;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.domain.transcript.TranscriptRequest;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * A closed conversation reached through the real use cases over the in-memory store: a visitor
 * and an operator exchange messages (one with {@code <script>}), the operator writes a note, tags
 * the conversation, sets its expertise, and closes it. Everything internal carries a marker that a
 * test can look for in the mail.
 */
final class ChatScenario {
    static final String OPERATOR_NAME = "Zoë Ångström 王芳 🙂";
    static final String VISITOR_NAME = "Chloé Müller 佐藤 🎉";
    static final EmailAddress VISITOR_EMAIL = EmailAddress.of("chloe@example.org");
    static final String NOTE = "INTERNAL-NOTE refund approved by finance";
    static final String TAG = "internal-tag-vip";
    static final String CONVERSATION_EXPERTISE = "InternalExpertiseBilling";
    static final String OPERATOR_EXPERTISE = "InternalExpertiseHardware";
    static final String SCRIPT = "<script>alert('x')</script> & \"quotes\"";

    final MutableClock clock = MutableClock.at("2024-06-03T12:05:00Z");
    final InMemoryStore store = new InMemoryStore(clock);
    final Operator operator = OperatorFixtures.operator("op-1", OPERATOR_NAME)
            .expertise(OPERATOR_EXPERTISE)
            .build();

    ChatScenario() {
        store.catalogue().save(new Channel(OperatorFixtures.CHANNEL, "Website support", SessionCap.byDefault()));
        store.operators().save(operator);
    }

    LiveChat liveChat(TranscriptMailer mailer) {
        return liveChat(mailer, RetrySchedule.byDefault());
    }

    LiveChat liveChat(TranscriptMailer mailer, RetrySchedule schedule) {
        return LiveChat.builder()
                .storage(store.ports())
                .mailer(mailer)
                .clock(clock)
                .retrySchedule(schedule)
                .build();
    }

    /** 14:05 to 14:32 in Brussels (12:05 to 12:32 UTC) on Monday 3 June 2024. */
    ConversationId closedConversation(LiveChat chat, Optional<ZoneId> visitorZone) {
        var started = chat.start()
                .start(StartConversationCommand.in(OperatorFixtures.CHANNEL)
                        .visitor(new VisitorDetails(
                                Optional.of(VISITOR_NAME),
                                Optional.of(VISITOR_EMAIL),
                                visitorZone,
                                Optional.empty(),
                                Optional.empty()))
                        .firstMessage(MessageBody.of("Hello, my invoice is wrong"))
                        .build());
        ConversationId id = started.conversation().id();
        Caller visitor = Caller.visitor(id);
        Caller op = Caller.user(operator);
        clock.advance(Duration.ofMinutes(1));
        chat.postOperatorMessage().postOperatorMessage(new PostMessageCommand(op, id, MessageBody.of(SCRIPT)));
        clock.advance(Duration.ofMinutes(2));
        chat.postVisitorMessage()
                .postVisitorMessage(new PostMessageCommand(visitor, id, MessageBody.of("Merci ! ありがとう 🎉")));
        clock.advance(Duration.ofMinutes(4));
        chat.postOperatorMessage()
                .postOperatorMessage(new PostMessageCommand(op, id, MessageBody.of("Fixed.\nAnything else?")));
        chat.editNote().editNote(new EditNoteCommand(op, id, NOTE));
        chat.tags().addTag(new TagCommand(op, id, TagName.of(TAG)));
        chat.setExpertise()
                .setExpertise(new SetExpertiseCommand(op, id, Set.of(ExpertiseName.of(CONVERSATION_EXPERTISE))));
        clock.advance(Duration.ofMinutes(20));
        chat.close().close(new ConversationCommand(op, id));
        return id;
    }

    TranscriptRequest requestTranscript(LiveChat chat, ConversationId id, EmailAddress to) {
        return chat.transcripts()
                .requestTranscript(new RequestTranscriptCommand(Caller.user(operator), id, to, Optional.empty()));
    }

    TranscriptRequest request(TranscriptRequest request) {
        return store.transcripts().find(request.id()).orElseThrow();
    }
}
