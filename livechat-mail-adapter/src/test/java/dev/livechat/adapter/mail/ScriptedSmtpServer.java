package dev.livechat.adapter.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server on 127.0.0.1 that answers from a script, for the replies GreenMail never gives:
 * a recipient refused with 550 or 450, a message refused after DATA, a server that never answers.
 * Unscripted commands are accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket server;
    private final Map<String, String> replies;
    private final boolean silent;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private ScriptedSmtpServer(Map<String, String> replies, boolean silent) throws IOException {
        this.server = new ServerSocket(0, 10, InetAddress.getByName(Loopback.HOST));
        this.replies = Map.copyOf(replies);
        this.silent = silent;
        Thread acceptor = new Thread(this::acceptLoop, "scripted-smtp-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Replies by command ("RCPT", "MAIL", "DATA" for the reply after the message's final dot, "GREETING"). */
    static ScriptedSmtpServer replying(Map<String, String> replies) throws IOException {
        return new ScriptedSmtpServer(replies, false);
    }

    /** Accepts connections and never says a word. */
    static ScriptedSmtpServer silent() throws IOException {
        return new ScriptedSmtpServer(Map.of(), true);
    }

    int port() {
        return server.getLocalPort();
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    /** Messages whose DATA was answered with 250. */
    int accepted() {
        return accepted.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                Thread handler = new Thread(() -> converse(client), "scripted-smtp-client");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            client.setSoTimeout((int) Loopback.WAIT_MS * 2);
            if (silent) {
                client.getInputStream().read(); // hold the connection open, say nothing
                return;
            }
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            send(out, replies.getOrDefault("GREETING", "220 scripted ESMTP"));
            for (String line; (line = in.readLine()) != null; ) {
                commands.add(line);
                String verb = line.split(" ", 2)[0].split(":", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO", "HELO" -> send(out, "250 scripted");
                    case "MAIL", "RCPT" -> send(out, replies.getOrDefault(verb, "250 OK"));
                    case "DATA" -> {
                        send(out, "354 end with <CRLF>.<CRLF>");
                        while (!".".equals(in.readLine())) {}
                        String reply = replies.getOrDefault("DATA", "250 queued");
                        if (reply.startsWith("250")) accepted.incrementAndGet();
                        send(out, reply);
                    }
                    case "QUIT" -> {
                        send(out, "221 bye");
                        return;
                    }
                    default -> send(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away or the test closed the server
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket client : clients) client.close();
    }
}
