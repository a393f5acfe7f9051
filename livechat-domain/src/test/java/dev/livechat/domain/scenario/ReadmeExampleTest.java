package dev.livechat.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.OperatorProfile;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.CreatedUser;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.StartedConversation;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, line for line, so that it stays true. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleWalksAConversationFromStartToClose() {
        // ---- README.md, "Embedding the domain" ----
        var clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
        var store = new InMemoryStore(clock);
        LiveChat chat = LiveChat.builder()
                .storage(store.ports())
                .mailer(new RecordingMailer())
                .clock(clock)
                .build();

        chat.users().bootstrapManager("a-long-bootstrap-secret");
        Caller admin =
                chat.authenticate().authenticate("a-long-bootstrap-secret").orElseThrow();
        Channel web = chat.channels().createChannel(admin, "Website support", SessionCap.byDefault());
        CreatedUser ana = chat.users()
                .createUser(
                        admin,
                        new OperatorProfile(
                                "Ana",
                                EmailAddress.of("ana@example.com"),
                                Role.LIVECHAT_USER,
                                LanguageTag.of("fr"),
                                Set.of(),
                                Optional.of(CountryCode.of("BE")),
                                Set.of(ExpertiseName.of("Billing")),
                                Set.of(web.id())));
        Caller operator = Caller.user(chat.users().changePresence(Caller.user(ana.user()), Presence.ONLINE));

        StartedConversation started = chat.start()
                .start(StartConversationCommand.in(web.id())
                        .visitorName("Marie")
                        .language(AcceptLanguage.preferred("fr-BE,fr;q=0.9"))
                        .firstMessage(MessageBody.of("Bonjour !"))
                        .build());
        ConversationId id = started.conversation().id(); // assigned to Ana, with a trace
        chat.postOperatorMessage()
                .postOperatorMessage(new PostMessageCommand(operator, id, MessageBody.of("Bonjour Marie")));
        ConversationState closed = chat.close().close(new ConversationCommand(operator, id));
        // ---- end of the example ----

        assertThat(closed.lifecycle().outcome()).contains(Outcome.SUCCESS);
        assertThat(started.conversation().assignment().operator())
                .contains(ana.user().id());
    }
}
