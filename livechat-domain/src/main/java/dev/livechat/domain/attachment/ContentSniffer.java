package dev.livechat.domain.attachment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells what bytes are from their first {@link #HEAD_BYTES}: the signatures of the images and PDF,
 * and for text whether a browser would take it for markup (HTML, SVG), as the WHATWG MIME sniffing
 * rules would. A sender's Content-Type is a claim; this is the answer.
 */
public final class ContentSniffer {
    /** How many leading bytes decide; a signature or the start of markup lies well within them. */
    public static final int HEAD_BYTES = 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The tags that make a browser sniff a text as HTML when it opens with one (WHATWG, "identifying HTML"). */
    private static final List<String> HTML_OPENINGS = List.of(
            "<!doctype html",
            "<html",
            "<head",
            "<script",
            "<iframe",
            "<h1",
            "<div",
            "<font",
            "<table",
            "<a",
            "<style",
            "<title",
            "<b",
            "<body",
            "<br",
            "<p",
            "<!--",
            "<object",
            "<embed",
            "<meta",
            "<link",
            "<form",
            "<img",
            "<svg");

    private ContentSniffer() {}

    /** The type of content that starts with {@code head[0..length)}. */
    public static ContentType sniff(byte[] head, int length) {
        if (startsWith(head, length, PNG)) return ContentType.PNG;
        if (startsWith(head, length, JPEG)) return ContentType.JPEG;
        if (startsWith(head, length, ascii("GIF87a")) || startsWith(head, length, ascii("GIF89a")))
            return ContentType.GIF;
        if (length >= 12 && startsWith(head, length, ascii("RIFF")) && region(head, 8, ascii("WEBP")))
            return ContentType.WEBP;
        if (startsWith(head, length, ascii("%PDF-"))) return ContentType.PDF;
        return text(head, length);
    }

    private static ContentType text(byte[] head, int length) {
        int from = startsWith(head, length, UTF8_BOM) ? UTF8_BOM.length : 0;
        String text = utf8(head, from, length);
        if (text == null || !printable(text)) return ContentType.UNKNOWN;
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg")) return ContentType.SVG;
        for (String opening : HTML_OPENINGS)
            if (start.startsWith(opening) && ends(start, opening.length())) return ContentType.HTML;
        if (start.startsWith("<?xml")) return ContentType.HTML; // XHTML and other XML a browser renders
        return ContentType.TEXT;
    }

    /** A sniffed tag ends with a space or '>' (or the head ends there); "<b" must not match "<blah". */
    private static boolean ends(String text, int at) {
        if (at >= text.length()) return true;
        char c = text.charAt(at);
        return c == ' '
                || c == '>'
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\f'
                || c == '/'
                || text.startsWith("<!--");
    }

    /** The head as UTF-8, a sequence cut by the head's end forgiven; null when it is not UTF-8. */
    private static String utf8(byte[] head, int from, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, from, length - from);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) return null;
        // underflow: everything decoded, or at most a sequence cut by the head's end left over
        if (in.remaining() > 3) return null;
        return out.flip().toString();
    }

    /** No NUL nor other control characters than the whitespace of text files. */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int length, byte[] signature) {
        return length >= signature.length && region(head, 0, signature);
    }

    private static boolean region(byte[] head, int at, byte[] signature) {
        for (int i = 0; i < signature.length; i++) if (head[at + i] != signature[i]) return false;
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
