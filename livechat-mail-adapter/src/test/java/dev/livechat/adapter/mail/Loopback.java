package dev.livechat.adapter.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.livechat.domain.common.EmailAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** In-process mail servers on 127.0.0.1 only, and settings that point at them with short timeouts. */
final class Loopback {
    static final String HOST = "127.0.0.1";
    static final EmailAddress FROM = EmailAddress.of("support@livechat.example");
    static final EmailAddress REPLY_TO = EmailAddress.of("help@livechat.example");
    static final String FROM_NAME = "Support — Équipe 客服 💬";
    static final long WAIT_MS = 5_000;

    private Loopback() {}

    /** A port nobody listens on right now (a server may be started on it later). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GreenMail SMTP server for that port, not started yet. */
    static GreenMail greenMail(int port) {
        return greenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
    }

    static GreenMail greenMail(ServerSetup setup) {
        setup.setServerStartupTimeout(WAIT_MS);
        setup.setReadTimeout(WAIT_MS);
        return new GreenMail(setup);
    }

    static MailSettings.Builder smtp(int port) {
        return MailSettings.builder(FROM)
                .fromName(FROM_NAME)
                .replyTo(REPLY_TO)
                .smtp(HOST, port)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(3));
    }
}
