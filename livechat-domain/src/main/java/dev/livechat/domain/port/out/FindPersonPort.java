package dev.livechat.domain.port.out;

import dev.livechat.domain.privacy.DataSubject;
import dev.livechat.domain.privacy.Person;

/** Finds where a person's data is: their conversations, addresses and contacts (none found is an empty person). */
public interface FindPersonPort {
    Person find(DataSubject subject);
}
