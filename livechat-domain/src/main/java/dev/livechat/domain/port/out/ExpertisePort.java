package dev.livechat.domain.port.out;

import dev.livechat.domain.expertise.ExpertiseName;
import java.util.List;
import java.util.Set;

/** The expertise catalogue. */
public interface ExpertisePort {
    /** Adds the names that are not in the catalogue yet. */
    void ensure(Set<ExpertiseName> names);

    List<ExpertiseName> allExpertise();
}
