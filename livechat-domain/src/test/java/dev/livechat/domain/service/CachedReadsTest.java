package dev.livechat.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Note;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.OperatorProfile;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.panel.ReadCache;
import dev.livechat.domain.port.in.ChangeStatusCommand;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.EditNoteCommand;
import dev.livechat.domain.port.in.ListConversationsCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.tag.TagName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The remembered panel and help queue never answer older than a write this process acknowledged. */
class CachedReadsTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
    final InMemoryStore store = new InMemoryStore(clock);
    final LiveChat chat = LiveChat.builder()
            .storage(store.ports())
            .mailer(new RecordingMailer())
            .clock(clock)
            .build();
    Caller admin;
    Caller ana;
    Channel web;
    ConversationId id;

    @BeforeEach
    void aConversationWithAnOperator() {
        chat.users().bootstrapManager("a-long-bootstrap-secret");
        admin = chat.authenticate().authenticate("a-long-bootstrap-secret").orElseThrow();
        web = chat.channels().createChannel(admin, "Website support", SessionCap.byDefault());
        var created = chat.users()
                .createUser(
                        admin,
                        new OperatorProfile(
                                "Ana",
                                EmailAddress.of("ana@example.com"),
                                Role.LIVECHAT_USER,
                                LanguageTag.of("en"),
                                Set.of(),
                                Optional.empty(),
                                Set.of(),
                                Set.of(web.id())));
        ana = Caller.user(chat.users().changePresence(Caller.user(created.user()), Presence.ONLINE));
        id = chat.start()
                .start(StartConversationCommand.in(web.id())
                        .visitorName("Marie")
                        .language(AcceptLanguage.preferred("en"))
                        .firstMessage(MessageBody.of("Hello"))
                        .build())
                .conversation()
                .id();
    }

    Panel panel() {
        return chat.panel().panel(new ConversationCommand(ana, id));
    }

    List<ConversationSummary> helpQueue() {
        return chat.list()
                .list(new ListConversationsCommand(
                        ana,
                        Optional.of(ConversationStatus.LOOKING_FOR_HELP),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        100));
    }

    @Test
    void thePanelReadAgainIsTheSameUntilAWriteOfThisProcessChangesIt() {
        Panel first = panel();
        assertThat(panel()).isSameAs(first);

        chat.editNote().editNote(new EditNoteCommand(ana, id, "Wants a refund"));

        assertThat(panel().annotations().note()).map(Note::text).contains("Wants a refund");
    }

    @Test
    void aChannelRenamedThroughThisProcessShowsAtOnce() {
        panel();
        chat.channels().reviseChannel(admin, web.id(), Optional.of("Sales"), Optional.empty(), Optional.empty());
        assertThat(panel().channel().name()).isEqualTo("Sales");
    }

    @Test
    void aWriteOfAnotherProcessShowsWhenItIsReportedOrWithinTheTimeToLive() {
        Panel before = panel();
        var conversation = store.conversations().require(id); // another instance, on the same storage
        conversation.addTag(TagName.of("elsewhere"), Actor.system(), clock.instant());
        store.conversations().save(conversation, conversation.pullEvents());
        assertThat(panel()).isSameAs(before);

        chat.changedElsewhere();
        assertThat(panel().annotations().tags()).hasSize(1);

        conversation = store.conversations().require(id);
        conversation.addTag(TagName.of("again"), Actor.system(), clock.instant());
        store.conversations().save(conversation, conversation.pullEvents());
        clock.advance(ReadCache.TIME_TO_LIVE);
        assertThat(panel().annotations().tags()).hasSize(2);
    }

    @Test
    void theHelpQueueShowsAConversationAsSoonAsItsStatusChanged() {
        assertThat(helpQueue()).isEmpty();

        chat.changeStatus().changeStatus(new ChangeStatusCommand(ana, id, ConversationStatus.LOOKING_FOR_HELP));
        assertThat(helpQueue()).extracting(ConversationSummary::id).containsExactly(id);

        chat.changeStatus().changeStatus(new ChangeStatusCommand(ana, id, ConversationStatus.IN_PROGRESS));
        assertThat(helpQueue()).isEmpty();
    }
}
