package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * JSON answers of some size are gzipped for a caller who asks and only for them, whether the type
 * is taken by the allowed list ({@link JsonCompression}) or not; pictures never are (see
 * {@code AttachmentApiTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompressionTest {
    TestApi t;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        t = new TestApi();
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void aLargeJsonAnswerIsGzippedForACallerWhoAsksAndOnlyForThem() throws Exception {
        HttpResponse<byte[]> plain = get("/openapi.json", null);
        HttpResponse<byte[]> gzipped = get("/openapi.json", "gzip");

        assertThat(plain.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(Responses.JSON));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body().length).isGreaterThan(1_500);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes())
                .isEqualTo(plain.body());
    }

    @Test
    void aSmallJsonAnswerIsSentAsItIsEvenToACallerWhoAsks() throws Exception {
        HttpResponse<byte[]> health = get("/health", "gzip");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body().length).isLessThan(1_500);
        assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(t.http.uri(path)).timeout(java.time.Duration.ofSeconds(10));
        if (acceptEncoding != null) request.header("Accept-Encoding", acceptEncoding);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
