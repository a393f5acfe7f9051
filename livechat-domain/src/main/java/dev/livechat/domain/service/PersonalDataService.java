package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.manager;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.history.HistoryEntry;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.PersonalDataUseCase;
import dev.livechat.domain.port.out.ConversationHistoryPort;
import dev.livechat.domain.port.out.FindPersonPort;
import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.port.out.TransactionPort;
import dev.livechat.domain.privacy.DataSubject;
import dev.livechat.domain.privacy.Erasure;
import dev.livechat.domain.privacy.Person;
import dev.livechat.domain.privacy.PersonalDataExport;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Export and erasure of a person's data over every {@link PersonalDataPort}, in one unit of work
 * each. After an erasure the remembered panels and help queue are forgotten, so that none serves
 * the erased name or text.
 */
public final class PersonalDataService implements PersonalDataUseCase {
    private final FindPersonPort people;
    private final List<PersonalDataPort> stores;
    private final ConversationHistoryPort history;
    private final CachedReads cached;
    private final TransactionPort transactions;
    private final Clock clock;

    public PersonalDataService(
            FindPersonPort people,
            List<PersonalDataPort> stores,
            ConversationHistoryPort history,
            CachedReads cached,
            TransactionPort transactions,
            Clock clock) {
        this.people = people;
        this.stores = List.copyOf(stores);
        this.history = history;
        this.cached = cached;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PersonalDataExport export(Caller caller, DataSubject subject) {
        manager(caller, "export a person's data");
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Person person = people.find(subject);
            Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
            for (PersonalDataPort store : stores) {
                List<Map<String, Object>> rows = store.export(person);
                if (!rows.isEmpty()) sections.merge(store.section(), rows, PersonalDataService::concat);
            }
            return new PersonalDataExport(subject, now, sections);
        });
    }

    @Override
    public Erasure erase(Caller caller, DataSubject subject) {
        Operator by = manager(caller, "erase a person's data");
        Instant now = clock.instant();
        try {
            return transactions.inTransaction(() -> {
                Person person = people.find(subject);
                Map<String, Integer> rows = new LinkedHashMap<>();
                for (PersonalDataPort store : stores)
                    rows.merge(store.section(), store.erase(person, now), Integer::sum);
                Erasure erasure =
                        new Erasure(subject, now, person.conversations().size(), rows);
                if (erasure.rows() > 0) recordIn(person, erasure, Caller.actorOf(by));
                return erasure;
            });
        } finally {
            // forgotten even when the unit failed: part of it may be gone already (files)
            cached.forgetAll();
        }
    }

    /** The line says who erased, when, how many rows: never whose data (that is what was erased). */
    private void recordIn(Person person, Erasure erasure, Actor by) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", erasure.rows());
        details.put("rowsByStore", erasure.rowsByStore());
        details.put("conversations", erasure.conversations());
        for (ConversationId conversation : person.conversations())
            history.record(
                    conversation,
                    HistoryEntry.by(
                            by, erasure.at(), HistoryEntry.PRIVACY_ERASED, Optional.of("privacy request"), details));
    }

    private static List<Map<String, Object>> concat(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
