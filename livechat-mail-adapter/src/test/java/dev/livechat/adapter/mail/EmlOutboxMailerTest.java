package dev.livechat.adapter.mail;

import static dev.livechat.adapter.mail.ChatScenario.OPERATOR_NAME;
import static dev.livechat.adapter.mail.ChatScenario.VISITOR_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import dev.livechat.domain.transcript.TranscriptState;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: with no SMTP host, each transcript becomes an .eml file in the outbox folder. */
class EmlOutboxMailerTest {
    @TempDir
    Path temp;

    @Test
    void withoutAnSmtpHostTheWorkerWritesAnEmlFileThatParsesAsTheMail() throws Exception {
        Path outbox = temp.resolve("data").resolve("outbox"); // created on first use
        var scenario = new ChatScenario();
        var settings = MailSettings.builder(Loopback.FROM).outboxDir(outbox).build();
        LiveChat chat = scenario.liveChat(MailAdapter.mailer(settings, scenario.clock));
        var id = scenario.closedConversation(chat, Optional.of(ZoneId.of("Europe/Brussels")));
        var request = scenario.requestTranscript(chat, id, VISITOR_EMAIL);

        assertThat(chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);

        assertThat(scenario.request(request).state()).isEqualTo(TranscriptState.SENT);
        List<Path> files = files(outbox);
        assertThat(files)
                .singleElement()
                .satisfies(file -> assertThat(file.getFileName().toString())
                        .startsWith("transcript-" + id.value() + "-20240603T123200000Z-")
                        .endsWith(".eml"));
        var mail = Transcripts.Mail.of(parse(files.get(0)));
        assertThat(mail.message().getSubject()).isEqualTo("Conversation with " + OPERATOR_NAME);
        assertThat(((InternetAddress) mail.message().getAllRecipients()[0]).getAddress())
                .isEqualTo(VISITOR_EMAIL.value());
        assertThat(mail.plain()).contains("[14:05] " + ChatScenario.VISITOR_NAME + ": Hello, my invoice is wrong");
        assertThat(mail.html()).contains("&lt;script&gt;");
        assertThat(mail.everything()).doesNotContain("op-1@example.com", ChatScenario.NOTE, ChatScenario.TAG);
    }

    @Test
    void eachTranscriptGetsItsOwnFileAndNoTemporaryFileIsLeft() throws Exception {
        var mailer = new EmlOutboxMailer(
                MailSettings.builder(Loopback.FROM).outboxDir(temp).build(), clock());
        var transcript = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("Ana")
                .says(AuthorKind.VISITOR, "Visitor #42", "2024-06-03T12:00:00Z", "Hi")
                .build();

        mailer.send(transcript, VISITOR_EMAIL);
        mailer.send(transcript, VISITOR_EMAIL);

        assertThat(files(temp))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.toString()).endsWith(".eml"));
        try (Stream<Path> all = Files.list(temp)) {
            assertThat(all).hasSize(2);
        }
    }

    @Test
    void anOutboxThatCannotBeWrittenIsATemporaryFailure() throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("occupied"), "a file, not a folder");
        var mailer = new EmlOutboxMailer(
                MailSettings.builder(Loopback.FROM).outboxDir(notADirectory).build(), clock());
        var transcript = Transcripts.startedAt("2024-06-03T12:00:00Z")
                .operator("Ana")
                .says(AuthorKind.VISITOR, "Visitor #42", "2024-06-03T12:00:00Z", "Hi")
                .build();

        assertThatThrownBy(() -> mailer.send(transcript, VISITOR_EMAIL))
                .isInstanceOfSatisfying(TranscriptDeliveryException.class, e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.getMessage())
                            .contains("could not write the transcript to")
                            .contains("occupied");
                });
    }

    private static MutableClock clock() {
        return MutableClock.at("2024-06-03T12:30:00Z");
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static MimeMessage parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
