package dev.livechat.domain.expertise;

import java.util.Set;

/** The star of the help queue: a conversation's expertise overlaps the viewing user's. */
public final class ExpertiseMatch {
    private ExpertiseMatch() {}

    public static boolean matches(Set<ExpertiseName> conversation, Set<ExpertiseName> user) {
        for (ExpertiseName name : conversation) if (user.contains(name)) return true;
        return false;
    }

    public static boolean coversAll(Set<ExpertiseName> required, Set<ExpertiseName> offered) {
        return !required.isEmpty() && offered.containsAll(required);
    }
}
