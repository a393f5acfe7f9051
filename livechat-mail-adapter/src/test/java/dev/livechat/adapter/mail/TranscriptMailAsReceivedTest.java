package dev.livechat.adapter.mail;

import static dev.livechat.adapter.mail.ChatScenario.OPERATOR_NAME;
import static dev.livechat.adapter.mail.ChatScenario.SCRIPT;
import static dev.livechat.adapter.mail.ChatScenario.VISITOR_EMAIL;
import static dev.livechat.adapter.mail.ChatScenario.VISITOR_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.transcript.TranscriptState;
import jakarta.mail.internet.InternetAddress;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A conversation closed through the real use cases, sent by the worker over SMTP to GreenMail,
 * and read as the visitor's mail server received it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TranscriptMailAsReceivedTest {
    private final ChatScenario scenario = new ChatScenario();
    private final int port = Loopback.freePort();
    private final GreenMail greenMail = Loopback.greenMail(port);
    private LiveChat chat;

    @BeforeEach
    void start() {
        greenMail.start();
        chat = scenario.liveChat(new SmtpTranscriptMailer(Loopback.smtp(port).build(), scenario.clock));
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void theMailHasAPlainTextAndAnHtmlPartInUtf8() throws Exception {
        var mail = deliver(Optional.of(ZoneId.of("Europe/Brussels")));

        assertThat(mail.plainType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.htmlType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.plain()).contains("Hello, my invoice is wrong");
        assertThat(mail.html()).contains("Hello, my invoice is wrong");
    }

    @Test
    void fromReplyToSubjectAndDateAreSet() throws Exception {
        var mail = deliver(Optional.of(ZoneId.of("Europe/Brussels")));

        var from = (InternetAddress) mail.message().getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(Loopback.FROM.value());
        assertThat(from.getPersonal()).isEqualTo(Loopback.FROM_NAME);
        assertThat(mail.message().getReplyTo())
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(Loopback.REPLY_TO.value());
        assertThat(mail.message().getAllRecipients())
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(VISITOR_EMAIL.value());
        assertThat(mail.message().getSubject()).isEqualTo("Conversation with " + OPERATOR_NAME);
        assertThat(mail.message().getSentDate().toInstant()).isEqualTo(scenario.clock.instant());
        assertThat(mail.message().getMessageID()).startsWith("<transcript.");
    }

    @Test
    void accentsCjkAndEmojiSurviveInSubjectNamesAndBodies() throws Exception {
        var mail = deliver(Optional.of(ZoneId.of("Europe/Brussels")));

        assertThat(mail.message().getSubject()).contains("Zoë Ångström 王芳 🙂");
        assertThat(mail.raw()).contains("Subject: =?UTF-8?").doesNotContain("王芳");
        assertThat(mail.plain()).contains(VISITOR_NAME + ": Merci ! ありがとう 🎉");
        assertThat(mail.html()).contains(VISITOR_NAME).contains("Merci ! ありがとう 🎉");
    }

    @Test
    void everyMessageInOrderWithItsAuthorAndTimeInTheVisitorsZone() throws Exception {
        var mail = deliver(Optional.of(ZoneId.of("Europe/Brussels")));

        assertThat(mail.plain())
                .contains("Date: Monday 3 June 2024, 14:05 to 14:32 (Europe/Brussels, UTC+02:00)")
                .containsSubsequence(
                        "[14:05] " + VISITOR_NAME + ": Hello, my invoice is wrong",
                        "[14:06] " + OPERATOR_NAME + ": " + SCRIPT,
                        "[14:08] " + VISITOR_NAME + ": Merci",
                        "[14:12] " + OPERATOR_NAME + ": Fixed.");
        assertThat(mail.html()).containsSubsequence("14:05", "Hello", "14:06", "14:08", "Merci", "14:12", "Fixed.");
    }

    @Test
    void timesAreInUtcWhenTheVisitorsZoneIsUnknown() throws Exception {
        var mail = deliver(Optional.empty());

        assertThat(mail.plain())
                .contains("Date: Monday 3 June 2024, 12:05 to 12:32 (UTC)")
                .containsSubsequence("[12:05] ", "[12:06] ", "[12:08] ", "[12:12] ")
                .doesNotContain("14:05");
    }

    @Test
    void aScriptInAMessageShowsAsTextInHtml() throws Exception {
        var mail = deliver(Optional.empty());

        assertThat(mail.html())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .doesNotContain("<script");
    }

    @Test
    void nothingInternalIsInTheMail() throws Exception {
        var mail = deliver(Optional.of(ZoneId.of("Europe/Brussels")));

        // the operator exists, with an email address and expertise, and took part
        assertThat(scenario.store.operators().find(scenario.operator.id()))
                .hasValueSatisfying(op -> assertThat(op.email().value()).isEqualTo("op-1@example.com"));
        assertThat(mail.everything())
                .contains(OPERATOR_NAME)
                .doesNotContain(
                        "op-1@example.com",
                        ChatScenario.NOTE,
                        "INTERNAL-NOTE",
                        ChatScenario.TAG,
                        ChatScenario.CONVERSATION_EXPERTISE,
                        ChatScenario.OPERATOR_EXPERTISE);
    }

    private Transcripts.Mail deliver(Optional<ZoneId> zone) throws Exception {
        ConversationId id = scenario.closedConversation(chat, zone);
        var request = scenario.requestTranscript(chat, id, VISITOR_EMAIL);

        assertThat(chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);

        assertThat(scenario.request(request).state()).isEqualTo(TranscriptState.SENT);
        assertThat(greenMail.waitForIncomingEmail(Loopback.WAIT_MS, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        return Transcripts.Mail.of(greenMail.getReceivedMessages()[0]);
    }
}
