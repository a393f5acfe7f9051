package dev.livechat.domain.typing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is typing where, as this instance knows it (its own signals and those relayed from other
 * instances), and the two rules of typing notices:
 *
 * <ul>
 *   <li><b>At most one per second per author.</b> A renewal inside the second is absorbed (it
 *       still keeps "typing" alive); a stop inside the second is held and sent by the next
 *       {@link #sweep} once the second is over, so the other side does not see "typing" for 6 s
 *       after the author stopped.
 *   <li><b>Expiry.</b> "Typing" not renewed for {@link TypingNotice#LIFETIME} has stopped; each
 *       instance works that out itself for its own subscribers.
 * </ul>
 *
 * Time is passed in. Thread-safe; an author is forgotten once it stopped and its second is over,
 * so the board holds only the authors of the last few seconds.
 */
public final class TypingBoard {
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private record Entry(TypingNotice sent, Instant aliveUntil, Optional<TypingNotice> heldStop) {
        boolean typing() {
            return sent.typing() && heldStop.isEmpty();
        }
    }

    /** What a sweep found: held stops (news for everyone) and lapsed "typing" (each instance's own). */
    public record Sweep(List<TypingNotice> heldStops, List<TypingNotice> lapsed) {}

    private final Map<String, Entry> authors = new HashMap<>();

    /** A signal of this instance's caller: the notice to send, or empty when the rules absorb it. */
    public synchronized Optional<TypingNotice> accept(TypingNotice notice) {
        Entry last = authors.get(notice.authorKey());
        if (last == null) {
            if (!notice.typing()) return Optional.empty(); // nothing was shown: nothing to take back
            return send(notice);
        }
        boolean inSecond = notice.at().isBefore(last.sent().at().plus(MIN_INTERVAL));
        if (notice.typing()) {
            if (!inSecond) return send(notice);
            authors.put(notice.authorKey(), new Entry(last.sent(), notice.expiresAt(), Optional.empty()));
            return Optional.empty();
        }
        if (!last.typing()) return Optional.empty();
        if (!inSecond) return send(notice);
        authors.put(notice.authorKey(), new Entry(last.sent(), last.aliveUntil(), Optional.of(notice)));
        return Optional.empty();
    }

    /** A notice another instance sent: known here for expiry and for the one-per-second rule. */
    public synchronized void observe(TypingNotice notice) {
        authors.put(notice.authorKey(), new Entry(notice, notice.expiresAt(), Optional.empty()));
    }

    /** Held stops whose second is over, and "typing" that lapsed, as of {@code now}. */
    public synchronized Sweep sweep(Instant now) {
        List<TypingNotice> held = new ArrayList<>();
        List<TypingNotice> lapsed = new ArrayList<>();
        var it = authors.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            Entry entry = e.getValue();
            boolean secondOver = !now.isBefore(entry.sent().at().plus(MIN_INTERVAL));
            if (entry.heldStop().isPresent() && secondOver) {
                TypingNotice stop = entry.heldStop().get().stopped(now);
                held.add(stop);
                e.setValue(new Entry(stop, now, Optional.empty()));
            } else if (entry.typing() && !now.isBefore(entry.aliveUntil())) {
                TypingNotice stop = entry.sent().stopped(now);
                lapsed.add(stop);
                e.setValue(new Entry(stop, now, Optional.empty()));
            } else if (!entry.typing() && entry.heldStop().isEmpty() && secondOver) {
                it.remove();
            }
        }
        return new Sweep(held, lapsed);
    }

    /** Whether the author of the notice is shown typing (for tests and diagnostics). */
    public synchronized boolean typing(TypingNotice notice) {
        Entry entry = authors.get(notice.authorKey());
        return entry != null && entry.typing();
    }

    synchronized int size() {
        return authors.size();
    }

    private Optional<TypingNotice> send(TypingNotice notice) {
        authors.put(
                notice.authorKey(),
                new Entry(notice, notice.typing() ? notice.expiresAt() : notice.at(), Optional.empty()));
        return Optional.of(notice);
    }
}
