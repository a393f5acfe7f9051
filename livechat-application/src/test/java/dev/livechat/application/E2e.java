package dev.livechat.application;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/** What the end-to-end tests share: the environment of a service on loopback, mail servers, bounded waits. */
final class E2e {
    static final String HOST = "127.0.0.1";
    static final String ADMIN = "e2e-bootstrap-token-0123456789";

    private E2e() {}

    /** A service on a free loopback port, its data (H2 file, outbox) in the folder, with the bootstrap manager. */
    static Map<String, String> env(Path dataDir, String... more) {
        Map<String, String> env = new HashMap<>();
        env.put("LIVECHAT_HOST", HOST);
        env.put("LIVECHAT_PORT", "0");
        env.put("LIVECHAT_DATA_DIR", dataDir.toString());
        env.put("LIVECHAT_BOOTSTRAP_TOKEN", ADMIN);
        env.put("LIVECHAT_DB_POOL_SIZE", "12");
        for (int i = 0; i < more.length; i += 2) env.put(more[i], more[i + 1]);
        return env;
    }

    /** Plain SMTP on loopback with short timeouts. */
    static String[] smtp(int port) {
        return new String[] {
            "LIVECHAT_SMTP_HOST", HOST,
            "LIVECHAT_SMTP_PORT", String.valueOf(port),
            "LIVECHAT_SMTP_SECURITY", "NONE",
            "LIVECHAT_SMTP_CONNECT_TIMEOUT", "PT2S",
            "LIVECHAT_SMTP_READ_TIMEOUT", "PT5S",
            "LIVECHAT_MAIL_FROM", "support@livechat.example"
        };
    }

    static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A loopback port nobody listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GreenMail SMTP server on that loopback port, started. */
    static GreenMail greenMail(int port) {
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(5_000);
        setup.setReadTimeout(5_000);
        GreenMail greenMail = new GreenMail(setup);
        greenMail.start();
        return greenMail;
    }

    /** Polls until the condition holds; fails after the time. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + timeout + ": " + what);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** An .eml file read back as a MIME message. */
    static MimeMessage parse(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getContent(); // parses the parts
            return message;
        } catch (Exception e) {
            throw new AssertionError("not a MIME message: " + eml, e);
        }
    }
}
