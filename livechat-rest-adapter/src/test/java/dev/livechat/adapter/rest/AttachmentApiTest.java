package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.Uploads;
import dev.livechat.testsupport.Uploads.Download;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Files in conversations over HTTP: posting them both ways, reading them back, each role, each refusal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentApiTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2
    };
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** The limit TestApi sets (the default is 10 MB), so that refusals cost little to send. */
    static final long LIMIT = 256 * 1024;

    TestApi t;
    Http http;
    Uploads uploads;

    @BeforeAll
    void start() {
        t = new TestApi();
        http = t.http;
        uploads = new Uploads(http);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    /** A conversation with its operator taking part. */
    record Chat(Visitor visitor, User operator) {
        String path(String rest) {
            return visitor.path(rest);
        }
    }

    Chat chat() {
        String channel = t.channel("Files");
        User operator = t.operator(TestApi.unique("Anne"), "fr", channel);
        return new Chat(t.start(channel), operator);
    }

    Reply postRaw(Chat c, String token, String type, String name, byte[] bytes) {
        return uploads.raw(c.path("/attachments"), token, type, name, bytes);
    }

    @Nested
    class Posting {
        @Test
        void theVisitorPostsARawBodyAndGetsTheMessageWithTheAttachment() throws Exception {
            Chat c = chat();

            Reply posted = postRaw(c, c.visitor().token(), "image/png", "screen shot.png", PNG)
                    .hasStatus(201);

            assertThat(posted.text("authorKind")).isEqualTo("VISITOR");
            assertThat(posted.text("body")).endsWith("screen shot.png");
            var attachment = posted.json().path("attachment");
            assertThat(attachment.path("filename").asText()).isEqualTo("screen shot.png");
            assertThat(attachment.path("contentType").asText()).isEqualTo("image/png");
            assertThat(attachment.path("size").asLong()).isEqualTo(PNG.length);
            assertThat(attachment.path("sha256").asText()).isEqualTo(sha256(PNG));
            assertThat(attachment.path("messageSeq").asLong())
                    .isEqualTo(posted.json().path("seq").asLong());
            assertThat(http.get(c.path("/messages"), c.operator().token())
                            .hasStatus(200)
                            .each("body"))
                    .contains(posted.text("body"));
            List<String> listed = http.get(c.path("/attachments"), c.visitor().token())
                    .hasStatus(200)
                    .ids();
            assertThat(listed).containsExactly(attachment.path("id").asText());
        }

        @Test
        void anOperatorTakingPartPostsAMultipartForm() {
            Chat c = chat();

            Reply posted = uploads.multipart(
                            c.path("/attachments"), c.operator().token(), "invoice.pdf", "application/pdf", PDF)
                    .hasStatus(201);

            assertThat(posted.text("authorKind")).isEqualTo("OPERATOR");
            assertThat(posted.json().path("attachment").path("contentType").asText())
                    .isEqualTo("application/pdf");
            assertThat(posted.json().path("attachment").path("size").asLong()).isEqualTo(PDF.length);
        }

        @Test
        void aFileOverTheJsonBodyLimitIsTakenUpToTheAttachmentLimit() {
            Chat c = chat();
            byte[] text = new byte[200_000]; // the JSON limit of this service is 8 KB
            Arrays.fill(text, (byte) 'a');

            postRaw(c, c.visitor().token(), "text/plain", "log.txt", text).hasStatus(201);
            http.post(c.path("/messages"), c.visitor().token(), Map.of("body", "x".repeat(9_000)))
                    .isProblem(413);
        }

        @Test
        void onlyTheVisitorAndOperatorsTakingPartMayPost() {
            Chat c = chat();
            Chat other = chat();
            User user = t.user(TestApi.unique("Uma"), "USER", "en", List.of(), List.of());

            postRaw(c, null, "image/png", "a.png", PNG).isProblem(401);
            postRaw(c, other.visitor().token(), "image/png", "a.png", PNG).isProblem(403);
            postRaw(c, other.operator().token(), "image/png", "a.png", PNG).isProblem(403);
            postRaw(c, user.token(), "image/png", "a.png", PNG).isProblem(403);
            assertThat(t.attachments.of(dev.livechat.domain.conversation.ConversationId.of(
                            c.visitor().conversation())))
                    .isEmpty();
        }
    }

    @Nested
    class Refusals {
        @Test
        void tooLargeIs413WhetherDeclaredOrStreamed() {
            Chat c = chat();
            int before = t.attachments.storedContents();
            byte[] big = new byte[(int) LIMIT + 1];
            big[0] = 'a';
            Arrays.fill(big, (byte) 'a');

            postRaw(c, c.visitor().token(), "text/plain", "big.txt", big).isProblem(413);
            // no Content-Length: the limit is found while reading
            HttpRequest chunked = HttpRequest.newBuilder(http.uri(c.path("/attachments?filename=big.txt")))
                    .header("Authorization", "Bearer " + c.visitor().token())
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                    .build();
            Reply streamed = http.send(chunked).isProblem(413);
            assertThat(streamed.json().path("errors").findValuesAsText("field")).contains("file");
            uploads.multipart(c.path("/attachments"), c.visitor().token(), "big.txt", "text/plain", big)
                    .isProblem(413);

            assertThat(t.attachments.storedContents()).isEqualTo(before);
            assertThat(http.get(c.path("/messages"), c.visitor().token()).each("body"))
                    .noneMatch(b -> b.contains("big.txt"));
        }

        @Test
        void aBodyFarOverTheLimitIsStillRead413NotAReset() {
            // far more than loopback's socket buffers: without the server reading the rest before it
            // answers, the client's send meets a closed connection and it never sees the 413
            Chat c = chat();
            byte[] huge = new byte[(int) LIMIT * 32];
            Arrays.fill(huge, (byte) 'a');
            for (int i = 0; i < 3; i++) {
                Reply refused = postRaw(c, c.visitor().token(), "text/plain", "huge.txt", huge)
                        .isProblem(413);
                assertThat(refused.text("detail")).contains(String.valueOf(LIMIT));
            }
            uploads.multipart(c.path("/attachments"), c.visitor().token(), "huge.txt", "text/plain", huge)
                    .isProblem(413);
        }

        @Test
        void aTypeNotAllowedOrNotWhatItSaysIs415NamingTheField() {
            Chat c = chat();
            String token = c.visitor().token();

            Reply svg = postRaw(c, token, "image/svg+xml", "x.svg", utf8("<svg onload=\"alert(1)\"/>"))
                    .isProblem(415);
            assertThat(svg.json().path("errors").findValuesAsText("field")).containsExactly("file");
            postRaw(c, token, "text/plain", "x.txt", utf8("<html><script>alert(1)</script>"))
                    .isProblem(415);
            postRaw(c, token, "application/octet-stream", "x.exe", new byte[] {'M', 'Z', 0, 0, 3})
                    .isProblem(415);
            Reply lying = postRaw(c, token, "image/png", "x.png", PDF).isProblem(415);
            assertThat(lying.json().path("errors").findValuesAsText("field")).containsExactly("Content-Type");
            assertThat(http.get(c.path("/attachments"), token).hasStatus(200).json())
                    .isEmpty();
        }

        @Test
        void aMissingEmptyOrBadFilenameIs400NamingIt() {
            Chat c = chat();
            String token = c.visitor().token();

            postRaw(c, token, "image/png", null, PNG).namesFields("filename");
            postRaw(c, token, "image/png", "../../etc/passwd", PNG).namesFields("filename");
            postRaw(c, token, "image/png", "..\\..\\win.ini", PNG).namesFields("filename");
            postRaw(c, token, "image/png", "a.png\r\nSet-Cookie: x=1", PNG).namesFields("filename");
            postRaw(c, token, "image/png", "..", PNG).namesFields("filename");
            postRaw(c, token, "image/png", "ok.png", new byte[0]).namesFields("file");
            uploads.multipart(c.path("/attachments"), token, "..", "image/png", PNG)
                    .namesFields("filename");
            assertThat(http.get(c.path("/attachments"), token).hasStatus(200).json())
                    .isEmpty();
        }

        @Test
        void aClosedConversationTakesNoFile() {
            Chat c = chat();
            http.post(c.path("/close"), c.visitor().token(), null).hasStatus(200);
            int before = t.attachments.storedContents();

            postRaw(c, c.visitor().token(), "image/png", "late.png", PNG).isProblem(409);

            assertThat(t.attachments.storedContents()).isEqualTo(before);
        }

        @Test
        void aFailedDatabaseWriteLeavesNoBytes() {
            Chat c = chat();
            int before = t.attachments.storedContents();
            t.attachments.failNextAdd();

            postRaw(c, c.visitor().token(), "image/png", "lost.png", PNG).isProblem(503);

            assertThat(t.attachments.storedContents()).isEqualTo(before);
            assertThat(http.get(c.path("/attachments"), c.visitor().token())
                            .hasStatus(200)
                            .json())
                    .isEmpty();
        }
    }

    @Nested
    class Reading {
        @Test
        void anImageIsServedInPlaceWithNosniffToTheVisitorAndLiveChatUsers() {
            Chat c = chat();
            Chat other = chat();
            String url = postRaw(c, c.visitor().token(), "image/png", "screen.png", PNG)
                    .hasStatus(201)
                    .json()
                    .path("attachment")
                    .path("url")
                    .asText();
            User user = t.user(TestApi.unique("Uma"), "USER", "en", List.of(), List.of());

            for (String reader : List.of(
                    c.visitor().token(), c.operator().token(), other.operator().token(), TestApi.ADMIN)) {
                Download got = uploads.download(url, reader);
                assertThat(got.status()).isEqualTo(200);
                assertThat(got.body()).isEqualTo(PNG);
                assertThat(got.header("Content-Type")).isEqualTo("image/png");
                assertThat(got.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(got.header("Content-Disposition")).startsWith("inline;");
            }
            assertThat(uploads.head(url, c.visitor().token()).status()).isEqualTo(200);
            assertThat(uploads.download(url, null).status()).isEqualTo(401);
            assertThat(uploads.download(url, other.visitor().token()).status()).isEqualTo(403);
            assertThat(uploads.download(url, user.token()).status()).isEqualTo(403);
            assertThat(uploads.head(url, other.visitor().token()).status()).isEqualTo(403);
            assertThat(uploads.download("/api/v1/attachments/no-such-file", TestApi.ADMIN)
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void anythingButAnImageIsADownloadWhoseNameCannotInjectHeaders() {
            Chat c = chat();
            String name = "évil\"; filename=x.html; a=\".txt";
            String url = postRaw(c, c.visitor().token(), "text/plain", name, utf8("hello"))
                    .hasStatus(201)
                    .json()
                    .path("attachment")
                    .path("url")
                    .asText();

            Download got = uploads.download(url, c.operator().token());

            assertThat(got.header("Content-Type")).isEqualToIgnoringWhitespace("text/plain; charset=utf-8");
            assertThat(got.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"_vil__ filename=x.html_ a=_.txt\"; filename*=UTF-8''"
                            + "%C3%A9vil%22%3B%20filename%3Dx.html%3B%20a%3D%22.txt");
            assertThat(got.text()).isEqualTo("hello");
        }
    }

    @Test
    void aCompressedDownloadStillCarriesEveryByte() throws Exception {
        Chat c = chat();
        byte[] text = utf8("a line of a log file\n".repeat(2_000));
        var response = postedThenDownloadedAskingForGzip(c, "text/plain", "log.txt", text);

        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip"))
            body = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
        assertThat(body).isEqualTo(text);
    }

    @Test
    void aPictureIsSentAsItIsEvenToACallerWhoAsksForGzip() throws Exception {
        Chat c = chat();
        byte[] picture = java.util.Arrays.copyOf(PNG, 4_000); // already compressed data, in practice
        var response = postedThenDownloadedAskingForGzip(c, "image/png", "big.png", picture);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(picture);
    }

    /** The file posted by the conversation's visitor, then downloaded by them saying {@code Accept-Encoding: gzip}. */
    java.net.http.HttpResponse<byte[]> postedThenDownloadedAskingForGzip(Chat c, String type, String name, byte[] bytes)
            throws Exception {
        String url = postRaw(c, c.visitor().token(), type, name, bytes)
                .hasStatus(201)
                .json()
                .path("attachment")
                .path("url")
                .asText();
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(http.uri(url))
                                .header("Authorization", "Bearer " + c.visitor().token())
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
