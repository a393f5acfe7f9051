package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.IdentitySecret;
import dev.livechat.domain.channel.Origin;
import dev.livechat.domain.channel.ReassignAfter;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.tag.Tag;
import dev.livechat.domain.tag.TagName;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StatelessSession;

/** Channels, the tag catalogue and the expertise catalogue. */
final class CatalogueRepository {
    private CatalogueRepository() {}

    static Optional<Channel> channel(StatelessSession session, ChannelId id) {
        return Optional.ofNullable(session.get(ChannelEntity.class, id.value())).map(CatalogueRepository::channel);
    }

    /** By name, case-insensitively, then id. */
    static List<Channel> channels(StatelessSession session) {
        return session
                .createSelectionQuery("from ChannelEntity c order by lower(c.name), c.id", ChannelEntity.class)
                .getResultList()
                .stream()
                .map(CatalogueRepository::channel)
                .toList();
    }

    static void save(StatelessSession session, Channel channel) {
        ChannelEntity row = new ChannelEntity();
        row.id = channel.id().value();
        row.name = channel.name();
        row.maxSessions = channel.cap().max().isPresent() ? channel.cap().max().getAsInt() : null;
        row.allowedOrigins = channel.allowedOrigins().isEmpty()
                ? null
                : channel.allowedOrigins().stream().map(Origin::value).sorted().collect(Collectors.joining(" "));
        row.identitySecret = channel.identitySecret().map(IdentitySecret::value).orElse(null);
        row.reassignAfterSeconds =
                channel.reassignAfter().seconds().map(Long::intValue).orElse(null);
        ReceptionText.write(channel.reception(), row);
        Rows.put(session, row, row.id);
    }

    private static Channel channel(ChannelEntity row) {
        return new Channel(
                ChannelId.of(row.id),
                row.name,
                new SessionCap(row.maxSessions == null ? OptionalInt.empty() : OptionalInt.of(row.maxSessions)),
                row.allowedOrigins == null
                        ? Set.of()
                        : Arrays.stream(row.allowedOrigins.split(" "))
                                .map(Origin::of)
                                .collect(Collectors.toSet()),
                Optional.ofNullable(row.identitySecret).map(IdentitySecret::new),
                ReassignAfter.ofSeconds(row.reassignAfterSeconds == null ? null : row.reassignAfterSeconds.longValue()),
                ReceptionText.read(row));
    }

    static Optional<Tag> tag(StatelessSession session, TagName name) {
        return Optional.ofNullable(session.get(TagEntity.class, name.key())).map(CatalogueRepository::tag);
    }

    /** Reads, else inserts; a concurrent insert of the same name fails on the key, and the caller retries. */
    static Tag findOrCreate(StatelessSession session, TagName name) {
        Optional<Tag> found = tag(session, name);
        if (found.isPresent()) return found.get();
        Tag tag = Tag.named(name);
        TagEntity row = new TagEntity();
        row.nameKey = name.key();
        row.name = name.value();
        row.colour = tag.colour();
        session.insert(row);
        return tag;
    }

    /** Literal prefix (LIKE wildcards escaped), case-insensitive, by name. */
    static List<Tag> byPrefix(StatelessSession session, String prefix, int limit) {
        if (limit <= 0) return List.of();
        String pattern = prefix.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
        return session
                .createSelectionQuery(
                        "from TagEntity t where t.nameKey like :pattern escape '!' order by t.nameKey", TagEntity.class)
                .setParameter("pattern", pattern)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(CatalogueRepository::tag)
                .toList();
    }

    private static Tag tag(TagEntity row) {
        return new Tag(TagName.of(row.name), row.colour);
    }

    /**
     * Adds the names not there yet; a name there in another case keeps its first spelling. Answers
     * the keys that were there already (committed, so a caller may remember them).
     */
    static Set<String> ensure(StatelessSession session, Set<ExpertiseName> names) {
        if (names.isEmpty()) return Set.of();
        Set<String> stored = Set.copyOf(session.createSelectionQuery(
                        "select x.nameKey from ExpertiseEntity x where x.nameKey in (:keys)", String.class)
                .setParameter("keys", names.stream().map(ExpertiseName::key).toList())
                .getResultList());
        Set<String> present = new HashSet<>(stored);
        for (ExpertiseName name : names)
            if (present.add(name.key())) session.insert(new ExpertiseEntity(name.key(), name.value()));
        return stored;
    }

    /** Sorted by name, case-insensitively. */
    static List<ExpertiseName> expertise(StatelessSession session) {
        return session
                .createSelectionQuery("select x.name from ExpertiseEntity x order by x.nameKey", String.class)
                .getResultList()
                .stream()
                .map(ExpertiseName::of)
                .toList();
    }
}
