package dev.livechat.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL's LISTEN/NOTIFY between instances: every transaction that appends events also
 * notifies {@value #CHANNEL} (PostgreSQL delivers it at commit, once per transaction), and each
 * instance holds one connection listening on it, outside the pool. A notification names the
 * storage that sent it: an instance's own are skipped (it knows its writes). An idle instance therefore
 * sends no statement to learn that another one wrote: it waits on the socket. After a
 * (re)connection the listeners are called once, for whatever was missed meanwhile.
 *
 * <p>The same connection listens on {@value #TYPING_CHANNEL}, whose notifications carry a typing
 * notice in their payload ({@link TypingRelay}): typing is never stored, so the payload is all
 * there is of it, and nothing is replayed after a reconnection.
 */
final class EventNotifications implements AutoCloseable {
    static final String CHANNEL = "livechat_events";
    static final String TYPING_CHANNEL = "livechat_typing";
    private static final System.Logger LOG = System.getLogger(EventNotifications.class.getName());
    private static final int WAIT_MILLIS = 1_000;
    private static final long RECONNECT_MILLIS = 2_000;

    private final DatabaseSettings settings;
    /** The payload of this storage's own notifications, which are not another instance's writes. */
    private final String origin;

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> payloadListeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread thread;

    EventNotifications(DatabaseSettings settings, String origin) {
        this.settings = settings;
        this.origin = origin;
    }

    /** Calls the action, on the listening thread, whenever another transaction appended events. */
    synchronized void onAppended(Runnable action) {
        listeners.add(action);
        startListening();
    }

    /** Calls the action, on the listening thread, with the payload of every {@value #TYPING_CHANNEL} notification. */
    synchronized void onTyping(Consumer<String> action) {
        payloadListeners.add(action);
        startListening();
    }

    private void startListening() {
        if (running) return;
        running = true;
        thread = new Thread(this::listen, "livechat-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        boolean failing = false;
        while (running) {
            try (Connection connection =
                    DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    statement.execute("LISTEN " + TYPING_CHANNEL);
                }
                if (failing) LOG.log(System.Logger.Level.INFO, "Listening for other instances' events again");
                failing = false;
                notifyListeners();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (fromElsewhere(origin, received)) notifyListeners();
                    typing(received);
                }
            } catch (SQLException | RuntimeException e) {
                if (!failing && running)
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "Listening for other instances' events failed; retrying every " + RECONNECT_MILLIS
                                    + " ms (the event hub still polls)",
                            e);
                failing = true;
                pause();
            }
        }
    }

    private void typing(PGNotification[] received) {
        if (received == null) return;
        for (PGNotification n : received) {
            if (!TYPING_CHANNEL.equals(n.getName())) continue;
            for (Consumer<String> listener : payloadListeners) {
                try {
                    listener.accept(n.getParameter());
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "A typing listener failed", e);
                }
            }
        }
    }

    /** Whether any of the notifications came from another storage than the one of {@code origin}. */
    static boolean fromElsewhere(String origin, PGNotification[] received) {
        if (received == null) return false;
        for (PGNotification n : received)
            if (!TYPING_CHANNEL.equals(n.getName()) && !origin.equals(n.getParameter())) return true;
        return false;
    }

    private void notifyListeners() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "An event listener failed", e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        Thread listening;
        synchronized (this) {
            running = false;
            listening = thread;
        }
        if (listening == null) return;
        listening.interrupt();
        try {
            listening.join(WAIT_MILLIS * 2L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
