package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.locale.AcceptLanguage;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.VisitorProof;
import dev.livechat.domain.port.out.TranscriptMailer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of README.md and this module's README, "Replacing one adapter", line for line:
 * every port from the database but the contact directory, which a CRM answers.
 */
class ReplacingTheContactDirectoryTest {
    @TempDir
    Path dataDir;

    final Contact claire = new Contact(
            ContactId.of("crm-42"),
            "Claire Dubois",
            Optional.of(EmailAddress.of("claire@example.be")),
            Optional.empty(),
            List.of());
    final Map<ContactId, Contact> yourCrm = Map.of(claire.id(), claire);
    final TranscriptMailer mailer = (transcript, to) -> {};

    @Test
    void thePanelShowsTheCrmsContactWhileEverythingElseIsStoredInTheDatabase() {
        // ---- README.md, "Replacing one adapter": only the contact directory ----
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dataDir))) {
            LiveChat chat = LiveChat.builder()
                    .storage(storage.ports()) // every port from the database…
                    .contacts(id -> Optional.ofNullable(yourCrm.get(id))) // …but contacts from your CRM
                    .mailer(mailer)
                    .build();
            // ---- end of the example ----
            storage.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.byDefault()));
            Operator ana = operator("u1", "Ana").build();
            storage.operators().save(ana);
            ConversationId id = chat.start()
                    .start(StartConversationCommand.in(CHANNEL)
                            .visitorName("Claire")
                            .contact(claire.id())
                            .language(AcceptLanguage.preferred("fr"))
                            .firstMessage(MessageBody.of("Bonjour !"))
                            .proof(VisitorProof.vouched()) // the embedder vouches for the visitor's contact id
                            .build())
                    .conversation()
                    .id();

            Panel panel = chat.panel().panel(new ConversationCommand(Caller.user(ana), id));

            assertThat(panel.background().contact())
                    .hasValueSatisfying(card -> assertThat(card.name()).isEqualTo("Claire Dubois"));
            assertThat(panel.background().transcriptEmail()).contains(EmailAddress.of("claire@example.be"));
            assertThat(storage.contacts().find(claire.id()))
                    .as("the database knows nothing of her")
                    .isEmpty();
            assertThat(storage.conversations().load(id)).isPresent();
        }
    }
}
