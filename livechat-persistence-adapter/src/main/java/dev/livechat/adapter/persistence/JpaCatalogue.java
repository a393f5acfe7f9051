package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.port.out.*;
import dev.livechat.domain.tag.Tag;
import dev.livechat.domain.tag.TagName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Channels (read through a short-lived cache), tags and expertise. */
public final class JpaCatalogue implements ChannelsPort, TagsPort, ExpertisePort {
    private final Database db;
    private final ChannelCache channels;

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

    @Override
    public void ensure(Set<ExpertiseName> names) {
        db.idempotentWrite(s -> CatalogueRepository.ensure(s, names));
    }

    @Override
    public List<ExpertiseName> allExpertise() {
        return db.transaction(CatalogueRepository::expertise);
    }
}
