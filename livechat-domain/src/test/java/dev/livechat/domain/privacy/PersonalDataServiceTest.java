package dev.livechat.domain.privacy;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.history.HistoryEntry;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.out.ConversationHistoryPort;
import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.port.out.TransactionPort;
import dev.livechat.domain.service.CachedReads;
import dev.livechat.domain.service.PersonalDataService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Export and erasure over every store of personal data, by a manager, recorded in the history. */
class PersonalDataServiceTest {
    static final EmailAddress CLAIRE = EmailAddress.of("claire@example.org");
    static final ConversationId C1 = ConversationId.of("c1");
    static final ConversationId C2 = ConversationId.of("c2");

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final Caller manager =
            Caller.user(operator("m1", "Mia").role(Role.LIVECHAT_MANAGER).build());
    final Caller operator = Caller.user(operator("u1", "Ana").build());
    final Store messages = new Store("messages", 3);
    final Store ratings = new Store("ratings", 1);
    final Map<ConversationId, List<HistoryEntry>> history = new HashMap<>();
    final PersonalDataService service = new PersonalDataService(
            subject -> new Person(subject, Set.of(C1, C2), Set.of(CLAIRE), Set.of()),
            List.of(messages, ratings),
            new ConversationHistoryPort() {
                @Override
                public List<HistoryEntry> historyOf(ConversationId conversation) {
                    return history.getOrDefault(conversation, List.of());
                }

                @Override
                public void record(ConversationId conversation, HistoryEntry entry) {
                    history.computeIfAbsent(conversation, c -> new ArrayList<>())
                            .add(entry);
                }
            },
            new CachedReads(clock),
            TransactionPort.NONE,
            clock);

    @Test
    void theExportHasOneSectionPerStoreThatHoldsSomething() {
        ratings.rows = 0;
        PersonalDataExport export = service.export(manager, DataSubject.byEmail(CLAIRE));

        assertThat(export.sections()).containsOnlyKeys("messages");
        assertThat(export.sections().get("messages")).hasSize(1);
        assertThat(messages.exportedFor).containsExactly(Set.of(C1, C2));
    }

    @Test
    void anErasureCountsEachStoresRowsAndLeavesOneLineInEachConversationsHistory() {
        Erasure erasure = service.erase(manager, DataSubject.byEmail(CLAIRE));

        assertThat(erasure.rowsByStore()).containsEntry("messages", 3).containsEntry("ratings", 1);
        assertThat(erasure.rows()).isEqualTo(4);
        assertThat(erasure.conversations()).isEqualTo(2);
        for (ConversationId c : List.of(C1, C2)) {
            HistoryEntry line = history.get(c).get(0);
            assertThat(line.type()).isEqualTo(HistoryEntry.PRIVACY_ERASED);
            assertThat(line.actorName()).contains("Mia");
            assertThat(line.at()).isEqualTo(clock.instant());
            assertThat(line.details()).containsEntry("rows", 4);
            assertThat(line.toString()).doesNotContain("claire");
        }
    }

    @Test
    void aRepeatedErasureThatChangesNothingLeavesNoLine() {
        service.erase(manager, DataSubject.byEmail(CLAIRE));
        messages.rows = 0;
        ratings.rows = 0;

        assertThat(service.erase(manager, DataSubject.byEmail(CLAIRE)).rows()).isZero();
        assertThat(history.get(C1)).hasSize(1);
    }

    @Test
    void onlyAManagerMayExportOrErase() {
        assertThatThrownBy(() -> service.erase(operator, DataSubject.byEmail(CLAIRE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.export(Caller.visitor(C1), DataSubject.byEmail(CLAIRE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(messages.erased).isZero();
    }

    @Test
    void aSubjectIsAnAddressOrAContactNeverBothNorNeither() {
        assertThatThrownBy(() -> new DataSubject(Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DataSubject(Optional.of(CLAIRE), Optional.of(ContactId.of("crm-1"))))
                .isInstanceOf(InvalidValueException.class);
    }

    static final class Store implements PersonalDataPort {
        final String section;
        int rows;
        int erased;
        final List<Set<ConversationId>> exportedFor = new ArrayList<>();

        Store(String section, int rows) {
            this.section = section;
            this.rows = rows;
        }

        @Override
        public String section() {
            return section;
        }

        @Override
        public List<Map<String, Object>> export(Person person) {
            exportedFor.add(person.conversations());
            return rows == 0 ? List.of() : List.of(Map.of("body", "hello"));
        }

        @Override
        public int erase(Person person, Instant at) {
            erased++;
            return rows;
        }
    }
}
