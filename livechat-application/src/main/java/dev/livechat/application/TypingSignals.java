package dev.livechat.application;

import dev.livechat.domain.port.out.TypingSignalsPort;
import dev.livechat.domain.typing.TypingNotice;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where typing notices go: this instance's event streams and, for news (not a lapse every instance
 * works out itself), the other instances through the storage (PostgreSQL NOTIFY). Best effort: a
 * notice that cannot be announced is logged, and the caller is still answered 204.
 */
final class TypingSignals implements TypingSignalsPort {
    private static final Logger LOG = LoggerFactory.getLogger(TypingSignals.class);

    private final Consumer<TypingNotice> elsewhere;
    private volatile Consumer<TypingNotice> here = notice -> {};

    TypingSignals(Consumer<TypingNotice> elsewhere) {
        this.elsewhere = elsewhere;
    }

    /** The event streams of this instance, once the HTTP adapter exists. */
    void deliverTo(Consumer<TypingNotice> streams) {
        this.here = streams;
    }

    @Override
    public void everywhere(TypingNotice notice) {
        here(notice);
        try {
            elsewhere.accept(notice);
        } catch (RuntimeException e) {
            LOG.warn("A typing notice did not reach the other instances: {}", e.getMessage());
        }
    }

    @Override
    public void here(TypingNotice notice) {
        here.accept(notice);
    }
}
