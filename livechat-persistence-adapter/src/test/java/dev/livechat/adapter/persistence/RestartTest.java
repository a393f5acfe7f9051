package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.ContactLink;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.contact.TicketId;
import dev.livechat.domain.contact.TicketStatus;
import dev.livechat.domain.contact.WebLink;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Opening;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import dev.livechat.domain.report.ReportGrouping;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import dev.livechat.domain.tag.Tag;
import dev.livechat.domain.tag.TagName;
import dev.livechat.domain.transcript.IdempotencyKey;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptRequestId;
import dev.livechat.domain.transcript.TranscriptState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data in a file: what one storage wrote, the next one on the same file reads. */
class RestartTest {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    final Operator ana = operator("u1", "Ana")
            .speaks("fr", "nl")
            .inCountry("BE")
            .expertise("Billing")
            .build();
    final Channel channel = new Channel(CHANNEL, "Website support", SessionCap.of(3));
    final Contact contact = new Contact(
            ContactId.of("x"),
            "Claire",
            Optional.of(EmailAddress.of("claire@example.com")),
            Optional.of("+32 2 555 01 01"),
            List.of(new ContactLink("Order S42", WebLink.of("https://erp.example.com/so/42"))));
    final Ticket ticket = new Ticket(
            TicketId.of("t1"),
            contact.id(),
            "T1",
            "Printer",
            TicketStatus.OPEN,
            WebLink.of("https://hd.example.com/1"));

    @Test
    void aStorageOpenedWhileHibernateBootsAnswersCallsMadeBeforeTheBootEnds() {
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            storage.catalogue().save(channel);
        }
        try (JpaStorage booting = JpaStorage.openWhileBooting(DatabaseSettings.h2File(dir))) {
            // at once, without awaitReady: the call waits for the boot instead of failing
            assertThat(booting.catalogue().find(CHANNEL)).contains(channel);
            assertThat(booting.awaitReady()).isSameAs(booting);
            assertThat(booting.healthy()).isTrue();
        }
    }

    @Test
    void everythingWrittenBeforeACloseIsReadBackAfterReopeningTheFile() {
        ConversationState saved;
        List<EventRecord> events;
        List<Message> messages;
        TranscriptRequest request;
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            storage.catalogue().save(channel);
            storage.operators().save(ana);
            storage.operators().storeUserToken(ana.id(), TokenHash.of("ana-token"));
            storage.operators().storeVisitorToken(ConversationId.of("k1"), TokenHash.of("visitor-token"));
            storage.catalogue().findOrCreate(TagName.of("Billing"));
            storage.catalogue().ensure(Set.of(ExpertiseName.of("Billing")));
            storage.contacts().upsert(contact);
            storage.tickets().upsert(ticket);
            Conversation conversation = conversation();
            storage.conversations().save(conversation, conversation.pullEvents());
            request = TranscriptRequest.pending(
                    TranscriptRequestId.of("r1"),
                    conversation.id(),
                    EmailAddress.of("claire@example.com"),
                    Optional.of(new IdempotencyKey("key-1")),
                    "Ana",
                    at(20));
            conversation.recordTranscript(
                    request.id(), TranscriptState.PENDING, Optional.empty(), Actor.system(), at(20));
            storage.transcripts().record(request, conversation, conversation.pullEvents());
            saved = conversation.state();
            events = storage.events().after(0, 100);
            messages = storage.conversations().messagesAfter(conversation.id(), 0, 100);
        }
        assertThat(Files.exists(dir.resolve("livechat.mv.db"))).isTrue();

        try (JpaStorage reopened = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            assertThat(reopened.conversations().require(saved.id()).state()).isEqualTo(saved);
            assertThat(reopened.conversations().messagesAfter(saved.id(), 0, 100))
                    .isEqualTo(messages)
                    .hasSize(3);
            assertThat(reopened.events().after(0, 100)).isEqualTo(events);
            assertThat(reopened.events().lastPosition()).isEqualTo(events.size());
            assertThat(reopened.operators().find(ana.id())).contains(ana);
            assertThat(reopened.catalogue().find(CHANNEL)).contains(channel);
            assertThat(reopened.operators().userOf(TokenHash.of("ana-token"))).contains(ana.id());
            assertThat(reopened.operators().conversationOf(TokenHash.of("visitor-token")))
                    .contains(ConversationId.of("k1"));
            assertThat(reopened.catalogue().find(TagName.of("billing"))).contains(Tag.named(TagName.of("Billing")));
            assertThat(reopened.catalogue().allExpertise()).containsExactly(ExpertiseName.of("Billing"));
            assertThat(reopened.contacts().find(contact.id())).contains(contact);
            assertThat(reopened.tickets().openTicketsOf(contact.id(), 10)).containsExactly(ticket);
            assertThat(reopened.transcripts().findByKey(saved.id(), new IdempotencyKey("key-1")))
                    .contains(request);
            assertThat(reopened.transcripts().claimDue(at(30), Duration.ofMinutes(1)))
                    .contains(request);
            assertThat(reopened.reports().report(new ReportQuery(ReportGrouping.OUTCOME, T0, at(60), Optional.empty())))
                    .extracting(ReportRow::key, ReportRow::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SUCCESS", 1L));

            Conversation again = reopened.conversations().require(saved.id());
            again.editNote("after the restart", ana, at(40));
            assertThat(reopened.conversations().save(again, again.pullEvents()))
                    .extracting(EventRecord::position)
                    .containsExactly((long) events.size() + 1);
        }
    }

    private Conversation conversation() {
        Visitor visitor =
                new Visitor("Claire", Optional.empty(), Optional.empty(), Optional.of(contact.id()), Optional.empty());
        Conversation c = Conversation.start(
                new Opening(
                        ConversationId.of("k1"),
                        CHANNEL,
                        visitor,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Set.of(ExpertiseName.of("Billing"))),
                new Assignment(Optional.of(ana.id()), AssignmentRule.EVERYONE, List.of("chosen")),
                Optional.of(ana),
                at(0));
        c.postVisitorMessage(MessageBody.of("My invoice?"), at(1));
        c.postOperatorMessage(ana, MessageBody.of("Here it is."), at(2));
        c.addTag(TagName.of("billing"), Actor.user(ana.id(), ana.name()), at(3));
        c.markWaitingForCustomer(Actor.user(ana.id(), ana.name()), at(4));
        c.postVisitorMessage(MessageBody.of("Thanks!"), at(5));
        c.close(Actor.user(ana.id(), ana.name()), CloseCause.OPERATOR, new DefaultOutcomePolicy(), at(10));
        return c;
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
