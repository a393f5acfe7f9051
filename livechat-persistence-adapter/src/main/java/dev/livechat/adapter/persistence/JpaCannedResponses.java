package dev.livechat.adapter.persistence;

import dev.livechat.domain.canned.CannedResponse;
import dev.livechat.domain.canned.Shortcut;
import dev.livechat.domain.port.out.CannedResponsesPort;
import java.util.List;
import java.util.Optional;

/** Canned responses, one row per lower-case shortcut. */
public final class JpaCannedResponses implements CannedResponsesPort {
    private final Database db;

    JpaCannedResponses(Database db) {
        this.db = db;
    }

    @Override
    public Optional<CannedResponse> find(Shortcut shortcut) {
        return db.transaction(s -> CannedResponseRepository.find(s, shortcut));
    }

    @Override
    public List<CannedResponse> startingWith(String prefix, int limit) {
        return db.transaction(s -> CannedResponseRepository.startingWith(s, prefix, limit));
    }

    @Override
    public void put(CannedResponse response) {
        db.idempotentWrite(s -> CannedResponseRepository.put(s, response));
    }

    @Override
    public boolean remove(Shortcut shortcut) {
        return db.retryingOnConflict(s -> CannedResponseRepository.remove(s, shortcut));
    }
}
