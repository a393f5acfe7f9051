package dev.livechat.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a loopback socket, one request per connection ({@code Connection:
 * close}): for what the JDK client refuses to send (bad percent-encoding, any method, any
 * Content-Type, bodies that are not UTF-8). An event stream's answer is cut after its head.
 * Bounded: 10 s per read.
 */
final class Wire {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {}

    /** An answer: the status, the headers (lower-case names), the body (de-chunked). */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** {@code target} is sent as written (already percent-encoded, or deliberately not). */
    static Answer exchange(int port, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        head.append("Connection: close\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            } catch (IOException refusedEarly) {
                // the server may answer (414, 431, 413) and close before reading all we send: read that
                try {
                    return read(socket.getInputStream(), method.equals("HEAD"));
                } catch (IOException noAnswer) {
                    refusedEarly.addSuppressed(noAnswer);
                    throw refusedEarly;
                }
            }
            return read(socket.getInputStream(), method.equals("HEAD"));
        }
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (!statusLine.startsWith("HTTP/1.1 ")) throw new IOException("not an HTTP answer: " + statusLine);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line; !(line = line(in)).isEmpty(); ) {
            int colon = line.indexOf(':');
            if (colon > 0)
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
        }
        if (head || headers.getOrDefault("content-type", "").startsWith("text/event-stream"))
            return new Answer(status, headers, new byte[0]);
        byte[] body = in.readAllBytes();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = dechunk(body);
        return new Answer(status, headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) throw new IOException("the connection ended in the head of the answer");
            if (b != '\r') line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int eol = i;
            while (eol < chunked.length && chunked[eol] != '\r') eol++;
            String size = new String(chunked, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) break;
            out.write(chunked, eol + 2, n);
            i = eol + 2 + n + 2;
        }
        return out.toByteArray();
    }
}
