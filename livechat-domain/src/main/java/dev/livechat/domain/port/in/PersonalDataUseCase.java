package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.privacy.DataSubject;
import dev.livechat.domain.privacy.Erasure;
import dev.livechat.domain.privacy.PersonalDataExport;

/** A person's right to see and to erase their data; managers only. */
public interface PersonalDataUseCase {
    /** Everything the stores hold of the person. */
    PersonalDataExport export(Caller caller, DataSubject subject);

    /**
     * Anonymises the person's conversations (the statistics stay), erases their text everywhere
     * else, and records the erasure in the history of each conversation it changed. Idempotent.
     */
    Erasure erase(Caller caller, DataSubject subject);
}
