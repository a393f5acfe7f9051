package dev.livechat.adapter.persistence;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What the stores of personal data share: the person's keys as query parameters, rows as plain values. */
final class PersonalRows {
    private PersonalRows() {}

    static Set<String> conversations(Person person) {
        return JpaPeople.orNone(
                person.conversations().stream().map(ConversationId::value).collect(Collectors.toSet()));
    }

    static Set<String> emails(Person person) {
        return JpaPeople.orNone(
                person.emails().stream().map(e -> JpaPeople.key(e.value())).collect(Collectors.toSet()));
    }

    static Set<String> contacts(Person person) {
        return JpaPeople.orNone(person.contacts());
    }

    /** A row of an export: keys in the given order, nulls left out, instants as ISO-8601 text. */
    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value == null) continue;
            row.put((String) keysAndValues[i], value instanceof Instant at ? at.toString() : value);
        }
        return row;
    }
}
