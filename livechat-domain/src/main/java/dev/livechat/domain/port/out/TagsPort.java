package dev.livechat.domain.port.out;

import dev.livechat.domain.tag.Tag;
import dev.livechat.domain.tag.TagName;
import java.util.List;
import java.util.Optional;

/** The tag catalogue; names are unique case-insensitively. */
public interface TagsPort {
    Optional<Tag> find(TagName name);

    /** The tag of that name, created with the default colour if there was none (safe under concurrency). */
    Tag findOrCreate(TagName name);

    /** Tags whose name starts with the prefix (case-insensitive), by name, at most {@code limit}. */
    List<Tag> byPrefix(String prefix, int limit);
}
