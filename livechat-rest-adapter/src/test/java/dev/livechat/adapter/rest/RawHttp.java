package dev.livechat.adapter.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand on a loopback socket, for what the Java client refuses to send (bad
 * escapes, a negative Content-Length, control characters in headers). Bounded: 5 s per read.
 */
final class RawHttp {
    private RawHttp() {}

    /** The whole answer (status line, headers, body) to one request sent with "Connection: close". */
    static String exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String exchange(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) answer.write(buffer, 0, n);
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // the server may reset after answering a request it refused; keep what arrived
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int status(String answer) {
        if (!answer.startsWith("HTTP/1.1 ")) throw new AssertionError("not an HTTP answer: " + answer);
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** The value of a header of the answer, or "" (case-insensitive name). */
    static String header(String answer, String name) {
        String head = answer.split("\r\n\r\n", 2)[0];
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                return line.substring(colon + 1).trim();
        }
        return "";
    }

    static String body(String answer) {
        String[] parts = answer.split("\r\n\r\n", 2);
        return parts.length < 2 ? "" : parts[1];
    }
}
