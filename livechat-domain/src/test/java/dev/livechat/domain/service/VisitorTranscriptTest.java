package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.error.LimitExceededException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.transcript.TranscriptConfirmation;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A visitor, who needs no account, cannot make the service mail its text to an address it has not proven. */
class VisitorTranscriptTest {
    static final String SECRET_TEXT = "Buy cheap watches at http://spam.example";
    static final EmailAddress VICTIM = EmailAddress.of("victim@example.org");

    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator max = world.add(operator("u9", "Max").role(Role.LIVECHAT_MANAGER));
    final StartedConversation spam =
            world.start(visitor("Mallory <script>").email("victim@example.org").saying(SECRET_TEXT));

    TranscriptRequest visitorAsks(StartedConversation started, EmailAddress to) {
        return world.chat
                .transcripts()
                .requestTranscript(new RequestTranscriptCommand(
                        world.visitorOf(started), started.conversation().id(), to, Optional.empty()));
    }

    String tokenOf(TranscriptConfirmation mail) {
        return mail.link().getQuery().substring("token=".length());
    }

    @Test
    void aVisitorsRequestToAnUnprovenAddressSendsOnlyAConfirmationWithoutAnyVisitorText() {
        world.close(world.visitorOf(spam), spam.conversation().id());

        TranscriptRequest request = visitorAsks(spam, VICTIM);

        assertThat(request.state()).isEqualTo(TranscriptState.AWAITING_CONFIRMATION);
        assertThat(world.chat.deliverTranscripts().deliverDue(10)).isZero();
        assertThat(world.mailer.sent()).isEmpty();
        TranscriptConfirmation mail = world.mailer.confirmations().get(0);
        assertThat(mail.to()).isEqualTo(VICTIM);
        assertThat(mail.toString()).doesNotContain("Mallory", "watches", "spam.example");
        assertThat(mail.serviceName()).isEqualTo("Website support");
        assertThat(mail.expiresAt()).isEqualTo(World.START.plus(Duration.ofHours(24)));
    }

    @Test
    void followingTheLinkMakesItPendingAndTheTranscriptGoesOnceEvenIfFollowedTwice() {
        world.close(world.visitorOf(spam), spam.conversation().id());
        visitorAsks(spam, VICTIM);
        String token = tokenOf(world.mailer.confirmations().get(0));

        assertThat(world.chat.confirmTranscript().confirmTranscript(token).state())
                .isEqualTo(TranscriptState.PENDING);
        assertThat(world.chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);
        assertThat(world.chat.confirmTranscript().confirmTranscript(token).state())
                .isEqualTo(TranscriptState.SENT);
        assertThat(world.chat.deliverTranscripts().deliverDue(10)).isZero();
        assertThat(world.mailer.sent()).hasSize(1);
        assertThat(world.historyTypes(spam.conversation().id()))
                .filteredOn("transcript.state"::equals)
                .hasSize(3);
    }

    @Test
    void anExpiredOrUnknownLinkConfirmsNothing() {
        world.close(world.visitorOf(spam), spam.conversation().id());
        visitorAsks(spam, VICTIM);
        String token = tokenOf(world.mailer.confirmations().get(0));
        world.later(Duration.ofHours(24));

        assertThatThrownBy(() -> world.chat.confirmTranscript().confirmTranscript(token))
                .isInstanceOf(StateConflictException.class)
                .hasMessageContaining("expired")
                .hasMessageContaining("AWAITING_CONFIRMATION");
        assertThatThrownBy(() -> world.chat.confirmTranscript().confirmTranscript("not-a-token"))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.chat.deliverTranscripts().deliverDue(10)).isZero();
    }

    @Test
    void aVisitorMayAskThreeTimesPerConversation() {
        world.close(world.visitorOf(spam), spam.conversation().id());
        for (int i = 1; i <= 3; i++) visitorAsks(spam, EmailAddress.of("a" + i + "@example.org"));

        assertThatThrownBy(() -> visitorAsks(spam, EmailAddress.of("a4@example.org")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("3 times")
                .extracting(e -> ((LimitExceededException) e).rule())
                .isEqualTo("visitor-transcript-requests-per-conversation");
        // an operator is not limited, and sends to any address at once
        TranscriptRequest byAna = world.chat
                .transcripts()
                .requestTranscript(new RequestTranscriptCommand(
                        as(ana), spam.conversation().id(), VICTIM, Optional.empty()));
        assertThat(byAna.state()).isEqualTo(TranscriptState.PENDING);
    }

    @Test
    void anAddressGetsAtMostThreeConfirmationMailsAnHourWhateverTheConversation() {
        for (int i = 0; i < 3; i++) {
            StartedConversation other = world.start(visitor("V" + i));
            world.close(world.visitorOf(other), other.conversation().id());
            visitorAsks(other, EmailAddress.of("Victim@Example.org"));
        }
        StartedConversation fourth = world.start(visitor("V4"));
        world.close(world.visitorOf(fourth), fourth.conversation().id());

        assertThatThrownBy(() -> visitorAsks(fourth, VICTIM))
                .isInstanceOf(LimitExceededException.class)
                .extracting(e -> ((LimitExceededException) e).rule())
                .isEqualTo("confirmation-mails-per-address");
        world.later(Duration.ofMinutes(61));
        assertThat(visitorAsks(fourth, VICTIM).state()).isEqualTo(TranscriptState.AWAITING_CONFIRMATION);
        assertThat(world.mailer.confirmations()).hasSize(4);
    }

    @Test
    void aVerifiedContactsOwnEmailIsProvenAndSentWithoutConfirmation() {
        ContactId claire = ContactId.of("claire");
        world.chat
                .directory()
                .upsertContact(
                        as(max),
                        new Contact(
                                claire,
                                "Claire",
                                Optional.of(EmailAddress.of("claire@example.be")),
                                Optional.empty(),
                                List.of()));
        StartedConversation known = world.start(visitor("Claire").contact(claire)); // the World vouches
        world.close(world.visitorOf(known), known.conversation().id());

        assertThat(visitorAsks(known, EmailAddress.of("Claire@Example.be")).state())
                .isEqualTo(TranscriptState.PENDING);
        assertThat(world.mailer.confirmations()).isEmpty();
    }

    @Test
    void aConfirmationMailThatCannotGoLeavesTheRequestFailedWithTheReason() {
        world.close(world.visitorOf(spam), spam.conversation().id());
        world.mailer.failPermanently(true);

        TranscriptRequest request = visitorAsks(spam, VICTIM);

        assertThat(request.state()).isEqualTo(TranscriptState.FAILED);
        assertThat(request.lastError()).hasValueSatisfying(e -> assertThat(e).contains("confirmation mail"));
        assertThat(world.store.transcripts().find(request.id()).orElseThrow().state())
                .isEqualTo(TranscriptState.FAILED);
    }
}
