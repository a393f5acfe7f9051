package dev.livechat.domain.assignment;

import dev.livechat.domain.channel.ChannelId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** The growing columns of a {@link CandidatePool.Builder}, one member appended at a time. */
abstract class PoolColumns {
    final ChannelId channel;
    final Dictionary primaries = new Dictionary();
    final Dictionary tags = new Dictionary();
    final Dictionary countries = new Dictionary();
    final Dictionary expertiseKeys = new Dictionary();
    int size;
    String[] ids;
    int[] idHashes;
    byte[] standings;
    int[] sessions;
    long[] lastAssignedSeconds;
    int[] lastAssignedNanos;
    long[] createdSeconds;
    int[] createdNanos;
    long[] speaks;
    long[] speaksExactly;
    int[] country;
    long[] expertise;

    PoolColumns(ChannelId channel, int capacity) {
        this.channel = channel;
        resize(capacity);
    }

    void append(CandidatePool.Member member, CandidatePool.Skills skills, CandidatePool.Load load) {
        if (size == ids.length) resize(size * 2);
        int i = size++;
        ids[i] = member.id();
        idHashes[i] = member.id().hashCode();
        standings[i] = (byte) Eligibility.standing(member.inChannel(), member.livechatAccess(), member.presence())
                .ordinal();
        sessions[i] = load.ongoingSessions();
        Instant last = load.lastAssignedAt();
        lastAssignedSeconds[i] = last == null ? Long.MIN_VALUE : last.getEpochSecond();
        lastAssignedNanos[i] = last == null ? 0 : last.getNano();
        createdSeconds[i] = member.createdAt().getEpochSecond();
        createdNanos[i] = member.createdAt().getNano();
        speaks[i] = speaks(skills.mainLanguage());
        speaksExactly[i] = tags.bit(skills.mainLanguage());
        for (String other : skills.otherLanguages()) {
            speaks[i] |= speaks(other);
            speaksExactly[i] |= tags.bit(other);
        }
        country[i] = skills.country() == null ? -1 : countries.code(skills.country());
        long offered = 0;
        for (String name : skills.expertise()) offered |= expertiseKeys.bit(name.toLowerCase(Locale.ROOT));
        expertise[i] = offered;
    }

    private long speaks(String tag) {
        int dash = tag.indexOf('-');
        return primaries.bit(dash < 0 ? tag : tag.substring(0, dash));
    }

    private void resize(int capacity) {
        ids = Arrays.copyOf(ids == null ? new String[0] : ids, capacity);
        idHashes = Arrays.copyOf(idHashes == null ? new int[0] : idHashes, capacity);
        standings = Arrays.copyOf(standings == null ? new byte[0] : standings, capacity);
        sessions = Arrays.copyOf(sessions == null ? new int[0] : sessions, capacity);
        lastAssignedSeconds = Arrays.copyOf(lastAssignedSeconds == null ? new long[0] : lastAssignedSeconds, capacity);
        lastAssignedNanos = Arrays.copyOf(lastAssignedNanos == null ? new int[0] : lastAssignedNanos, capacity);
        createdSeconds = Arrays.copyOf(createdSeconds == null ? new long[0] : createdSeconds, capacity);
        createdNanos = Arrays.copyOf(createdNanos == null ? new int[0] : createdNanos, capacity);
        speaks = Arrays.copyOf(speaks == null ? new long[0] : speaks, capacity);
        speaksExactly = Arrays.copyOf(speaksExactly == null ? new long[0] : speaksExactly, capacity);
        country = Arrays.copyOf(country == null ? new int[0] : country, capacity);
        expertise = Arrays.copyOf(expertise == null ? new long[0] : expertise, capacity);
    }
}
