package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.tag.TagName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is said about a conversation in its panel: the operators' note, tags and expertise, and the
 * visitor's rating. They stay editable once it is closed, because they serve reporting (the rating
 * for a day: {@link Rating#WINDOW}).
 */
public record Annotations(
        Optional<Note> note, Set<TagName> tags, Set<ExpertiseName> expertise, Optional<Rating> rating) {
    public Annotations {
        Require.present("note", note);
        tags = Set.copyOf(tags);
        expertise = Set.copyOf(expertise);
        Require.present("rating", rating);
    }

    /** Not rated. */
    public Annotations(Optional<Note> note, Set<TagName> tags, Set<ExpertiseName> expertise) {
        this(note, tags, expertise, Optional.empty());
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
        return new Annotations(Optional.of(note), tags, expertise, rating);
    }

    /** With the tag added; the same when it has it already (names compare case-insensitively). */
    Annotations tagged(TagName tag) {
        if (tags.contains(tag)) return this;
        Set<TagName> more = new LinkedHashSet<>(tags);
        more.add(tag);
        return new Annotations(note, more, expertise, rating);
    }

    Annotations untagged(TagName tag) {
        if (!tags.contains(tag)) return this;
        Set<TagName> fewer = new LinkedHashSet<>(tags);
        fewer.remove(tag);
        return new Annotations(note, fewer, expertise, rating);
    }

    Annotations withExpertise(Set<ExpertiseName> expertise) {
        return new Annotations(note, tags, expertise, rating);
    }

    Annotations withRating(Rating given) {
        return new Annotations(note, tags, expertise, Optional.of(given));
    }
}
