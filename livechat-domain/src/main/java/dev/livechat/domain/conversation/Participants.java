package dev.livechat.domain.conversation;

import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every operator who ever took part, in order of entry; those who left keep their line (outcome, reports). */
public record Participants(List<Participant> all) {
    public Participants {
        all = List.copyOf(all);
    }

    public static Participants none() {
        return new Participants(List.of());
    }

    public List<Participant> present() {
        return all.stream().filter(Participant::present).toList();
    }

    public boolean anyPresent() {
        return all.stream().anyMatch(Participant::present);
    }

    public boolean takesPart(UserId user) {
        return all.stream().anyMatch(p -> p.present() && p.id().equals(user));
    }

    /** Distinct operators who ever took part. */
    public Set<UserId> everTookPart() {
        Set<UserId> ids = new LinkedHashSet<>();
        for (Participant p : all) ids.add(p.id());
        return ids;
    }

    /** The last one to join after the given time: who won a help request. */
    public Optional<Participant> joinedSince(Instant since) {
        Participant found = null;
        for (Participant p : all)
            if (p.entry() == Participant.Entry.JOINED && !p.since().isBefore(since)) found = p;
        return Optional.ofNullable(found);
    }

    /**
     * The operator enters; never one already present (every caller refuses that first), so a
     * conversation has at most one present line per operator, which the storage's count of an
     * operator's ongoing sessions relies on.
     */
    Participants enter(Operator operator, Participant.Entry entry, Instant at) {
        if (takesPart(operator.id()))
            throw new IllegalStateException(operator.id() + " is already present in this conversation");
        List<Participant> next = new ArrayList<>(all);
        next.add(new Participant(operator.id(), operator.name(), entry, at, Optional.empty()));
        return new Participants(next);
    }

    Participants leave(UserId id, Instant at) {
        return new Participants(all.stream()
                .map(p -> p.present() && p.id().equals(id) ? p.leave(at) : p)
                .toList());
    }
}
