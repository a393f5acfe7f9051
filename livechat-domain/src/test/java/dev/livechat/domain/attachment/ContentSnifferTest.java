package dev.livechat.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentSnifferTest {
    static ContentType sniff(byte[] bytes) {
        return ContentSniffer.sniff(bytes, bytes.length);
    }

    static ContentType sniff(String text) {
        return sniff(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void knowsTheImageAndPdfSignatures() {
        assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}))
                .isEqualTo(ContentType.PNG);
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(ContentType.JPEG);
        assertThat(sniff("GIF89a\u0001\u0000")).isEqualTo(ContentType.GIF);
        assertThat(sniff("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")).isEqualTo(ContentType.WEBP);
        assertThat(sniff("%PDF-1.7\n%âãÏÓ")).isEqualTo(ContentType.PDF);
    }

    @Test
    void plainUtf8TextIsText() {
        assertThat(sniff("Bonjour, voici le numéro de commande: 42\r\n")).isEqualTo(ContentType.TEXT);
        assertThat(sniff("a < b and c > d")).isEqualTo(ContentType.TEXT);
        assertThat(sniff("<blah> is not a tag a browser sniffs")).isEqualTo(ContentType.TEXT);
    }

    @Test
    void aUtf8SequenceCutByTheHeadsEndIsStillText() {
        byte[] e = "é".getBytes(StandardCharsets.UTF_8);
        byte[] cut = {'a', 'b', e[0]};
        assertThat(sniff(cut)).isEqualTo(ContentType.TEXT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!DOCTYPE html><p>hi",
                "  <html><script>alert(1)</script>",
                "<script>alert(1)</script>",
                "<IFRAME src=x>",
                "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
            })
    void markupABrowserWouldRenderIsHtml(String text) {
        assertThat(sniff(text)).isEqualTo(ContentType.HTML);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "<?xml version=\"1.0\"?>\n<svg onload=\"alert(1)\"/>"
            })
    void svgIsSvgNotAnImageShownInPlace(String text) {
        assertThat(sniff(text)).isEqualTo(ContentType.SVG);
        assertThat(ContentType.SVG.inline()).isFalse();
    }

    @Test
    void binaryOfNoKnownKindIsUnknown() {
        assertThat(sniff(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEqualTo(ContentType.UNKNOWN);
        assertThat(sniff(new byte[] {(byte) 0xC3, 0x28, 'a', 'b', 'c', 'd', 'e'}))
                .isEqualTo(ContentType.UNKNOWN);
    }
}
