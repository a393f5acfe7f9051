package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.tag.TagName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What operators write on a conversation in its panel: the note, tags and expertise. They stay
 * editable once it is closed, because they serve reporting.
 */
public record Annotations(Optional<Note> note, Set<TagName> tags, Set<ExpertiseName> expertise) {
    public Annotations {
        Require.present("note", note);
        tags = Set.copyOf(tags);
        expertise = Set.copyOf(expertise);
    }

    /** A new conversation's: no note, no tag, the expertise it was opened with. */
    static Annotations startingWith(Set<ExpertiseName> expertise) {
        return new Annotations(Optional.empty(), Set.of(), expertise);
    }

    public List<TagName> sortedTags() {
        return tags.stream().sorted().toList();
    }

    public List<ExpertiseName> sortedExpertise() {
        return expertise.stream().sorted().toList();
    }

    Annotations withNote(Note note) {
        return new Annotations(Optional.of(note), tags, expertise);
    }

    /** With the tag added; the same when it has it already (names compare case-insensitively). */
    Annotations tagged(TagName tag) {
        if (tags.contains(tag)) return this;
        Set<TagName> more = new LinkedHashSet<>(tags);
        more.add(tag);
        return new Annotations(note, more, expertise);
    }

    Annotations untagged(TagName tag) {
        if (!tags.contains(tag)) return this;
        Set<TagName> fewer = new LinkedHashSet<>(tags);
        fewer.remove(tag);
        return new Annotations(note, fewer, expertise);
    }

    Annotations withExpertise(Set<ExpertiseName> expertise) {
        return new Annotations(note, tags, expertise);
    }
}
