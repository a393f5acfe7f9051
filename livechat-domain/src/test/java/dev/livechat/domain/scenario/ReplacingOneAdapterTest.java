package dev.livechat.domain.scenario;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.out.LoadConversationPort;
import dev.livechat.domain.port.out.ReadMessagesPort;
import dev.livechat.domain.port.out.SaveConversationPort;
import dev.livechat.domain.port.out.Storage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The example of README.md, "Replacing one adapter", line for line: the in-memory set, your conversation store. */
class ReplacingOneAdapterTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    final RecordingMailer mailer = new RecordingMailer();

    @Test
    void onlyTheConversationStoreIsYoursAndTheSetsReadModelsStillSeeWhatItStores() {
        InMemoryStore store = new InMemoryStore(clock);
        AuditedConversations yourConversations =
                new AuditedConversations(store.ports().conversations());
        // ---- README.md, "Replacing one adapter": only the conversation store ----
        Storage set = store.ports(); // or storage.ports() of a JpaStorage
        LiveChat chat = LiveChat.builder()
                .storage(set) // every port from the set…
                .conversations(set.conversations().withStore(yourConversations)) // …but your conversation store
                .mailer(mailer)
                .clock(clock)
                .build();
        // ---- end of the example ----
        store.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.byDefault()));

        ConversationId id = chat.start()
                .start(StartConversationCommand.in(CHANNEL)
                        .visitorName("Marie")
                        .language(AcceptLanguage.preferred("fr"))
                        .firstMessage(MessageBody.of("Bonjour !"))
                        .build())
                .conversation()
                .id();

        assertThat(yourConversations.saved).isNotEmpty().containsOnly(id);
        assertThat(store.queries().waitingForOperator(10)).containsExactly(id);
        assertThat(store.events().after(0, 100))
                .extracting(EventRecord::conversationId)
                .containsOnly(id);
    }

    /** A conversation store of your own: here one that keeps an audit of the saves, over the set's store. */
    @Test
    void partsWithoutTheSetAreRefusedAtBuildNamingWhatIsMissing() {
        Storage set = new InMemoryStore(clock).ports();
        LiveChat.Builder partsOnly = LiveChat.builder()
                .conversations(set.conversations())
                .operators(set.operators())
                .catalogue(set.catalogue())
                .contacts(set.contacts())
                .transcriptRequests(set.transcripts())
                .reports(set.reports())
                .mailer(mailer);

        assertThatThrownBy(partsOnly::build)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("storage: contact store");
        assertThatThrownBy(() -> LiveChat.builder().storage(set).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("mailer");
    }

    static final class AuditedConversations implements LoadConversationPort, SaveConversationPort, ReadMessagesPort {
        final List<ConversationId> saved = new CopyOnWriteArrayList<>();
        private final Storage.Conversations inner;

        AuditedConversations(Storage.Conversations inner) {
            this.inner = inner;
        }

        @Override
        public Optional<Conversation> load(ConversationId id) {
            return inner.load().load(id);
        }

        @Override
        public Optional<Conversation> loadForUpdate(ConversationId id) {
            return inner.load().loadForUpdate(id);
        }

        @Override
        public List<EventRecord> save(Conversation conversation, List<ConversationEvent> events) {
            List<EventRecord> records = inner.save().save(conversation, events);
            saved.add(conversation.id());
            return records;
        }

        @Override
        public List<Message> messagesAfter(ConversationId conversation, long afterSeq, int limit) {
            return inner.messages().messagesAfter(conversation, afterSeq, limit);
        }
    }
}
