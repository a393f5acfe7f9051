package dev.livechat.domain.port.out;

import dev.livechat.domain.canned.CannedResponse;
import dev.livechat.domain.canned.Shortcut;
import java.util.List;
import java.util.Optional;

/**
 * The canned responses of the service, one per shortcut (compared case-insensitively): part of the
 * storage's {@link Storage.Catalogue}; a catalogue made without one keeps none ({@link #NONE}).
 */
public interface CannedResponsesPort {
    Optional<CannedResponse> find(Shortcut shortcut);

    /** Those whose shortcut starts with the prefix (case-insensitive), by shortcut, at most {@code limit}. */
    List<CannedResponse> startingWith(String prefix, int limit);

    /** Creates or replaces the response of its shortcut (the spelling given last is kept). */
    void put(CannedResponse response);

    /** False when there was none. */
    boolean remove(Shortcut shortcut);

    /** Keeps none: lists nothing, finds nothing, and refuses to save. */
    CannedResponsesPort NONE = new CannedResponsesPort() {
        @Override
        public Optional<CannedResponse> find(Shortcut shortcut) {
            return Optional.empty();
        }

        @Override
        public List<CannedResponse> startingWith(String prefix, int limit) {
            return List.of();
        }

        @Override
        public void put(CannedResponse response) {
            throw new UnsupportedOperationException("no store of canned responses is configured");
        }

        @Override
        public boolean remove(Shortcut shortcut) {
            return false;
        }
    };
}
