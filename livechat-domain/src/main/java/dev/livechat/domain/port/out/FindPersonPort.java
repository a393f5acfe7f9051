package dev.livechat.domain.port.out;

import dev.livechat.domain.privacy.DataSubject;
import dev.livechat.domain.privacy.Person;
import java.util.Set;

/** Finds where a person's data is: their conversations, addresses and contacts (none found is an empty person). */
public interface FindPersonPort {
    /** Finds no one: for stores that keep no personal data. */
    FindPersonPort NOBODY = subject -> new Person(subject, Set.of(), Set.of(), Set.of());

    Person find(DataSubject subject);
}
