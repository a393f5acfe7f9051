package dev.livechat.adapter.rest;

import dev.livechat.domain.attachment.FileName;
import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} header (RFC 6266) that no file name can break out of: an ASCII
 * fallback with every character outside printable ASCII, and every quote, backslash, semicolon and
 * percent sign, as '_', and the exact name percent-encoded in {@code filename*} (RFC 8187). A
 * {@link FileName} has no control characters already; this holds even if it had.
 */
final class ContentDisposition {
    private ContentDisposition() {}

    static String of(boolean inline, FileName name) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + fallback(name.value()) + "\"; filename*=UTF-8''"
                + encoded(name.value());
    }

    private static String fallback(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean plain = c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%';
            ascii.append(plain ? (char) c : '_');
        });
        return ascii.toString();
    }

    /** RFC 8187 attr-char stays, every other byte of the UTF-8 form is %XX. */
    private static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) out.append((char) c);
            else
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
        return out.toString();
    }
}
