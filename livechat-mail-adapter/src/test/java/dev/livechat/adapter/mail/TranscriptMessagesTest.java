package dev.livechat.adapter.mail;

import static dev.livechat.domain.conversation.AuthorKind.OPERATOR;
import static dev.livechat.domain.conversation.AuthorKind.SYSTEM;
import static dev.livechat.domain.conversation.AuthorKind.VISITOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.transcript.Transcript;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The transcript mail as built, before any server sees it. */
class TranscriptMessagesTest {
    private static final EmailAddress TO = EmailAddress.of("visitor@example.org");
    private final MutableClock clock = MutableClock.at("2024-06-04T08:00:00Z");
    private final Session session = Session.getInstance(new Properties());
    private final MailSettings settings = MailSettings.builder(Loopback.FROM)
            .fromName(Loopback.FROM_NAME)
            .replyTo(Loopback.REPLY_TO)
            .build();
    private final TranscriptMessages messages = new TranscriptMessages(settings, clock);

    @Test
    void aConversationOverMidnightShowsTheNewDayBeforeItsFirstMessage() throws Exception {
        Transcript transcript = Transcripts.startedAt("2024-06-03T21:50:00Z")
                .zone("Europe/Brussels")
                .operator("Ana")
                .says(VISITOR, "Visitor #42", "2024-06-03T21:50:00Z", "Still there?")
                .says(OPERATOR, "Ana", "2024-06-03T22:10:00Z", "Yes")
                .closedAt("2024-06-03T22:15:00Z")
                .build();

        var mail = Transcripts.Mail.of(roundTrip(messages.build(transcript, TO, session)));

        assertThat(mail.plain())
                .contains("Date: Monday 3 June 2024, 23:50 to Tuesday 4 June 2024, 00:15 (Europe/Brussels, UTC+02:00)")
                .containsSubsequence(
                        "[23:50] Visitor #42: Still there?", "-- Tuesday 4 June 2024 --", "[00:10] Ana: Yes");
        assertThat(mail.html())
                .containsSubsequence("23:50", "<h2 style=\"font-size:15px\">Tuesday 4 June 2024</h2>", "00:10");
    }

    @Test
    void winterTimeShowsTheWinterOffset() throws Exception {
        Transcript transcript = Transcripts.startedAt("2024-01-15T09:00:00Z")
                .zone("Europe/Brussels")
                .operator("Ana")
                .says(VISITOR, "Visitor #42", "2024-01-15T09:00:00Z", "Hi")
                .build();

        var mail = Transcripts.Mail.of(messages.build(transcript, TO, session));

        assertThat(mail.plain())
                .contains("Monday 15 January 2024, 10:00 to 10:00 (Europe/Brussels, UTC+01:00)")
                .contains("[10:00] Visitor #42: Hi");
    }

    @Test
    void systemMessagesShowWithoutAnAuthorAndMultiLineBodiesKeepTheirLines() throws Exception {
        Transcript transcript = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("Ana")
                .says(SYSTEM, "System", "2024-06-03T12:01:00Z", "Ana joined the conversation")
                .says(OPERATOR, "Ana", "2024-06-03T12:02:00Z", "line one\r\nline two")
                .build();

        var mail = Transcripts.Mail.of(messages.build(transcript, TO, session));

        assertThat(mail.plain())
                .contains("[12:01] * Ana joined the conversation")
                .contains("[12:02] Ana: line one\r\n    line two")
                .doesNotContain("System:");
        assertThat(mail.html()).contains("<em>Ana joined the conversation</em>").contains("line one<br>\nline two");
    }

    @Test
    void namesAndBodiesAreEscapedInHtmlButReadableInPlainText() throws Exception {
        Transcript transcript = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("<b>Ana</b>")
                .visitor("<img src=x onerror=alert(1)>")
                .says(VISITOR, "<img src=x onerror=alert(1)>", "2024-06-03T12:00:00Z", "<script>alert(1)</script>")
                .build();

        var mail = Transcripts.Mail.of(messages.build(transcript, TO, session));

        assertThat(mail.html())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("Conversation with &lt;b&gt;Ana&lt;/b&gt;")
                .doesNotContain("<script>", "<img", "<b>Ana");
        assertThat(mail.plain()).contains("<script>alert(1)</script>");
    }

    @Test
    void theVisitorsRatingIsShownEscapedInHtmlAndAbsentWithoutOne() throws Exception {
        Transcript rated = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("Ana")
                .says(VISITOR, "Visitor #42", "2024-06-03T12:00:00Z", "Hi")
                .rated(4, "Quick <b>and</b> kind")
                .build();
        Transcript unrated = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("Ana")
                .says(VISITOR, "Visitor #42", "2024-06-03T12:00:00Z", "Hi")
                .build();

        var mail = Transcripts.Mail.of(messages.build(rated, TO, session));
        var without = Transcripts.Mail.of(messages.build(unrated, TO, session));

        assertThat(mail.plain()).contains("Rating: 4 of 5: Quick <b>and</b> kind");
        assertThat(mail.html())
                .contains("Rating: 4 of 5: Quick &lt;b&gt;and&lt;/b&gt; kind")
                .doesNotContain("<b>and");
        assertThat(without.plain()).doesNotContain("Rating:");
        assertThat(without.html()).doesNotContain("Rating:");
    }

    @Test
    void aLineBreakInAnOperatorNameCannotAddAHeader() throws Exception {
        Transcript transcript = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("Ana\r\nBcc: spy@evil.example")
                .says(VISITOR, "Visitor #42", "2024-06-03T12:00:00Z", "Hi")
                .build();

        MimeMessage message = roundTrip(messages.build(transcript, TO, session));

        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getAllRecipients())
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(TO.value());
        assertThat(message.getSubject()).isEqualTo("Conversation with Ana  Bcc: spy@evil.example");
    }

    @Test
    void headersComeFromTheSettingsAndTheClock() throws Exception {
        Transcript transcript = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("Ana")
                .says(VISITOR, "Visitor #42", "2024-06-03T12:00:00Z", "Hi")
                .build();

        MimeMessage message = roundTrip(messages.build(transcript, TO, session));

        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(Loopback.FROM.value());
        assertThat(from.getPersonal()).isEqualTo(Loopback.FROM_NAME);
        assertThat(message.getReplyTo())
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(Loopback.REPLY_TO.value());
        assertThat(message.getRecipients(RecipientType.TO)).hasSize(1);
        assertThat(message.getRecipients(RecipientType.CC)).isNull();
        assertThat(message.getSentDate().toInstant()).isEqualTo(clock.instant());
        assertThat(message.getMessageID()).startsWith("<transcript.conv-42.").endsWith("@livechat.example>");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    }

    @Test
    void withoutAReplyToNoneIsSet() throws Exception {
        var plain = new TranscriptMessages(MailSettings.builder(Loopback.FROM).build(), clock);
        Transcript transcript = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("Ana")
                .says(VISITOR, "Visitor #42", "2024-06-03T12:00:00Z", "Hi")
                .build();

        MimeMessage message = roundTrip(plain.build(transcript, TO, session));

        assertThat(message.getHeader("Reply-To")).isNull();
        assertThat(((InternetAddress) message.getFrom()[0]).toString()).isEqualTo(Loopback.FROM.value());
    }

    /** Writes the message out and parses it back, as a receiver would. */
    private MimeMessage roundTrip(MimeMessage message) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        String raw = out.toString(StandardCharsets.US_ASCII);
        assertThat(raw.chars()).allMatch(c -> c < 128); // 7-bit clean: every header and part is encoded
        return new MimeMessage(session, new ByteArrayInputStream(out.toByteArray()));
    }
}
