package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.livechat.application.Cast.Guest;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.Uploads;
import dev.livechat.testsupport.Uploads.Download;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments through the assembled service, on the embedded default and on PostgreSQL: the
 * service's own upload limit beside a small JSON limit, the allow-list from the environment (SVG
 * allowed, and still only ever a download), the file on disk, the transcript listing the file, and
 * the file served again after a restart.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AttachmentsEndToEndTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 7};
    static final byte[] SVG =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void onTheEmbeddedDefault() throws Exception {
        walkThrough(new String[0]);
    }

    @Test
    void onPostgres() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        try (PgSchema schema = new PgSchema()) {
            walkThrough(schema.env(schema.jdbcUrl()));
        }
    }

    private void walkThrough(String[] database) throws Exception {
        String[] env = E2e.concat(
                database,
                "LIVECHAT_RATE_LIMITS",
                "off",
                "LIVECHAT_MAX_BODY_BYTES",
                "2048",
                "LIVECHAT_ATTACHMENT_MAX_BYTES",
                "100000",
                "LIVECHAT_ATTACHMENT_TYPES",
                "image/png, application/pdf, text/plain, image/svg+xml");
        String url;
        try (Instance one = Instance.start(E2e.env(data, env))) {
            Uploads uploads = new Uploads(one.http);
            Cast cast = new Cast(one);
            Guest guest = cast.conversation();

            // over the JSON limit, within the attachment limit
            byte[] log = new byte[50_000];
            Arrays.fill(log, (byte) 'x');
            uploads.raw(guest.path("/attachments"), guest.token(), "text/plain", "log.txt", log)
                    .hasStatus(201);
            byte[] tooBig = new byte[100_001];
            Arrays.fill(tooBig, (byte) 'x');
            uploads.raw(guest.path("/attachments"), guest.token(), "text/plain", "big.txt", tooBig)
                    .isProblem(413);
            uploads.raw(guest.path("/attachments"), guest.token(), "text/html", "x.html", utf8("<html><p>hi"))
                    .isProblem(415);

            Reply png = uploads.raw(guest.path("/attachments"), guest.token(), "image/png", "écran.png", PNG)
                    .hasStatus(201);
            url = png.json().path("attachment").path("url").asText();
            Reply svg = uploads.multipart(
                            guest.path("/attachments"), cast.taking.token(), "logo.svg", "image/svg+xml", SVG)
                    .hasStatus(201);
            assertThat(svg.text("authorKind")).isEqualTo("OPERATOR");

            Download image = uploads.download(url, cast.outsider.token());
            assertThat(image.status()).isEqualTo(200);
            assertThat(image.body()).isEqualTo(PNG);
            assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(image.header("Content-Disposition"))
                    .isEqualTo("inline; filename=\"_cran.png\"; filename*=UTF-8''%C3%A9cran.png");
            Download script =
                    uploads.download(svg.json().path("attachment").path("url").asText(), guest.token());
            assertThat(script.header("Content-Type")).isEqualTo("image/svg+xml");
            assertThat(script.header("Content-Disposition")).startsWith("attachment;");
            assertThat(script.header("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(uploads.download(url, cast.user.token()).status()).isEqualTo(403);
            assertThat(uploads.download(url, cast.conversation().token()).status())
                    .isEqualTo(403);

            List<String> names = one.http
                    .get(guest.path("/attachments"), cast.taking.token())
                    .hasStatus(200)
                    .each("filename");
            assertThat(names).containsExactly("log.txt", "écran.png", "logo.svg");
            assertThat(files(data.resolve("attachments"))).hasSize(3);

            // the transcript lists every file, by its message
            one.http.post(guest.path("/close"), cast.taking.token(), null).hasStatus(200);
            one.http
                    .post(guest.path("/transcript"), cast.taking.token(), Map.of("email", guest.email()))
                    .hasStatus(202);
            E2e.await(
                    Duration.ofSeconds(15),
                    "the transcript in the outbox",
                    () -> !files(data.resolve("outbox")).isEmpty());
            String transcript =
                    new String(Files.readAllBytes(files(data.resolve("outbox")).get(0)), StandardCharsets.UTF_8);
            assertThat(E2e.parse(files(data.resolve("outbox")).get(0))
                                    .getContent()
                                    .toString()
                            + transcript)
                    .contains("log.txt");
        }
        try (Instance again = Instance.start(E2e.env(data, env))) {
            Download after = new Uploads(again.http).download(url, E2e.ADMIN);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.body()).isEqualTo(PNG);
        }
    }

    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
