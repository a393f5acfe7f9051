package dev.livechat.domain.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's data, store by store ({@code "conversations"}, {@code "messages"}, …), as plain values. */
public record PersonalDataExport(
        DataSubject subject, Instant exportedAt, Map<String, List<Map<String, Object>>> sections) {
    public PersonalDataExport {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }
}
