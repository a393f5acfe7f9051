package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.port.out.*;
import dev.livechat.domain.tag.Tag;
import dev.livechat.domain.tag.TagName;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Channels (read through a short-lived cache), tags and expertise. */
public final class JpaCatalogue implements ChannelsPort, TagsPort, ExpertisePort {
    private final Database db;
    private final ChannelCache channels;
    /** Expertise keys known to be stored; bounded, though a catalogue is a few dozen names. */
    private final Set<String> storedExpertise = ConcurrentHashMap.newKeySet();

    private static final int REMEMBERED_EXPERTISE = 10_000;

    JpaCatalogue(Database db, ChannelCache channels) {
        this.db = db;
        this.channels = channels;
    }

    @Override
    public Optional<Channel> find(ChannelId id) {
        return channels.find(id, key -> db.transaction(s -> CatalogueRepository.channel(s, key)));
    }

    @Override
    public List<Channel> allChannels() {
        return db.transaction(CatalogueRepository::channels);
    }

    @Override
    public void save(Channel channel) {
        db.idempotentWrite(s -> CatalogueRepository.save(s, channel));
        channels.forget(channel.id());
    }

    @Override
    public Optional<Tag> find(TagName name) {
        return db.transaction(s -> CatalogueRepository.tag(s, name));
    }

    @Override
    public Tag findOrCreate(TagName name) {
        return db.retryingOnConflict(s -> CatalogueRepository.findOrCreate(s, name));
    }

    @Override
    public List<Tag> byPrefix(String prefix, int limit) {
        return db.transaction(s -> CatalogueRepository.byPrefix(s, prefix, limit));
    }

    /**
     * Skips the names known to be stored: a start with the chatbot's expertise asked the catalogue
     * every time (a query whose list parameter Hibernate translates anew for each size). Only names
     * read back from the database are remembered, once the transaction that read them committed
     * (it may have inserted them itself, earlier in the same unit), and names are never deleted, so
     * what is remembered stays true.
     */
    @Override
    public void ensure(Set<ExpertiseName> names) {
        Set<ExpertiseName> unknown = new HashSet<>();
        for (ExpertiseName name : names) if (!storedExpertise.contains(name.key())) unknown.add(name);
        if (unknown.isEmpty()) return;
        db.retryingOnConflict(s -> {
            Set<String> stored = CatalogueRepository.ensure(s, unknown);
            db.afterCommit(() -> {
                if (storedExpertise.size() + stored.size() > REMEMBERED_EXPERTISE) storedExpertise.clear();
                storedExpertise.addAll(stored);
            });
            return null;
        });
    }

    @Override
    public List<ExpertiseName> allExpertise() {
        return db.transaction(CatalogueRepository::expertise);
    }
}
