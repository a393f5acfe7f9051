package dev.livechat.domain.assignment;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The members of one channel as the assignment policy reads them: one column per fact the rules
 * need (eligibility, ongoing sessions, last assignment and creation time, languages, country and
 * expertise as codes and bit masks), so that deciding among 10,000 reads a few hundred kilobytes of
 * arrays instead of chasing every operator's objects. The {@link Candidate} of a member, with its
 * {@link Operator}, is made only for the few the trace names, by the function given to
 * {@link Builder#build}.
 *
 * <p>Built by whoever reads the candidates: the storage adapter from its query's rows
 * ({@link #builder}), a fake or a test from candidates it already holds ({@link #of}). Immutable;
 * safe to share once built.
 */
public final class CandidatePool {
    final ChannelId channel;
    final int size;
    final String[] ids;
    final int[] idHashes;
    /** The {@link Eligibility} that does not depend on the cap: ASSIGNABLE, AWAY, OFFLINE, … */
    final byte[] standings;

    final int[] sessions;
    /** {@link Long#MIN_VALUE}: never assigned. */
    final long[] lastAssignedSeconds;

    final int[] lastAssignedNanos;
    final long[] createdSeconds;
    final int[] createdNanos;
    /** Bits of {@link #primaries}: the primary subtags of the main and additional languages. */
    final long[] speaks;
    /** Bits of {@link #tags}: the exact tags of the main and additional languages. */
    final long[] speaksExactly;
    /** Codes of {@link #countries}, -1 for none. */
    final int[] country;
    /** Bits of {@link #expertiseKeys}. */
    final long[] expertise;

    final Dictionary primaries;
    final Dictionary tags;
    final Dictionary countries;
    final Dictionary expertiseKeys;
    final Unavailable unavailable;
    final OpenColumns open;
    private final IntFunction<Candidate> details;

    private CandidatePool(Builder b, IntFunction<Candidate> details) {
        channel = b.channel;
        size = b.size;
        ids = Arrays.copyOf(b.ids, size);
        idHashes = Arrays.copyOf(b.idHashes, size);
        standings = Arrays.copyOf(b.standings, size);
        sessions = Arrays.copyOf(b.sessions, size);
        lastAssignedSeconds = Arrays.copyOf(b.lastAssignedSeconds, size);
        lastAssignedNanos = Arrays.copyOf(b.lastAssignedNanos, size);
        createdSeconds = Arrays.copyOf(b.createdSeconds, size);
        createdNanos = Arrays.copyOf(b.createdNanos, size);
        speaks = Arrays.copyOf(b.speaks, size);
        speaksExactly = Arrays.copyOf(b.speaksExactly, size);
        country = Arrays.copyOf(b.country, size);
        expertise = Arrays.copyOf(b.expertise, size);
        primaries = b.primaries;
        tags = b.tags;
        countries = b.countries;
        expertiseKeys = b.expertiseKeys;
        unavailable = new Unavailable(standings, size);
        open = new OpenColumns(this, unavailable.open);
        this.details = details;
    }

    /** A pool of candidates already made, in their order; {@link #candidate} gives them back as they are. */
    public static CandidatePool of(ChannelId channel, List<Candidate> candidates) {
        Require.present("candidates", candidates);
        Builder builder = builder(channel, candidates.size());
        for (Candidate candidate : candidates) builder.add(candidate);
        List<Candidate> held = List.copyOf(candidates);
        return builder.build(held::get);
    }

    public static Builder builder(ChannelId channel, int expectedSize) {
        return new Builder(channel, expectedSize);
    }

    /** The channel whose membership the pool's eligibility was worked out for. */
    public ChannelId channel() {
        return channel;
    }

    public int size() {
        return size;
    }

    /** The member at {@code index} as a candidate, made on each call for pools built from rows. */
    public Candidate candidate(int index) {
        Objects.checkIndex(index, size);
        return details.apply(index);
    }

    /** Whether any member could be assigned a new conversation now: present, in the channel and below the cap. */
    public boolean anyAssignable(dev.livechat.domain.channel.SessionCap cap) {
        for (int i = 0; i < size; i++)
            if (standings[i] == Eligibility.ASSIGNABLE.ordinal() && cap.allowsAnotherBeyond(sessions[i])) return true;
        return false;
    }

    /** Every member as a candidate, in the pool's order: for policies written against a list. */
    public List<Candidate> toList() {
        return new AsList(this);
    }

    /** The pool read as a list; a policy given it back hands it to the default policy, which reads the pool. */
    static final class AsList extends AbstractList<Candidate> {
        final CandidatePool pool;

        private AsList(CandidatePool pool) {
            this.pool = pool;
        }

        @Override
        public Candidate get(int index) {
            return pool.candidate(index);
        }

        @Override
        public int size() {
            return pool.size;
        }
    }

    /** Who a member is, as far as eligibility goes: nullable fields are none. */
    public record Member(String id, Instant createdAt, boolean inChannel, boolean livechatAccess, Presence presence) {
        public Member {
            Require.present("id", id);
            Require.present("createdAt", createdAt);
            Require.present("presence", presence);
        }
    }

    /**
     * What the tiers compare: language tags as {@link LanguageTag#value()}, the country as
     * {@link CountryCode#value()} or null, expertise names in any case.
     */
    public record Skills(String mainLanguage, List<String> otherLanguages, String country, List<String> expertise) {
        public Skills {
            Require.present("mainLanguage", mainLanguage);
            otherLanguages = List.copyOf(Require.present("otherLanguages", otherLanguages));
            expertise = List.copyOf(Require.present("expertise", expertise));
        }

        static Skills of(Operator operator) {
            return new Skills(
                    operator.mainLanguage().value(),
                    operator.languages().stream().map(LanguageTag::value).toList(),
                    operator.country().map(CountryCode::value).orElse(null),
                    operator.expertise().stream().map(ExpertiseName::value).toList());
        }
    }

    /** Ongoing sessions in the channel, and the last assignment or null for never. */
    public record Load(int ongoingSessions, Instant lastAssignedAt) {
        public Load {
            Require.that(ongoingSessions >= 0, "ongoingSessions", "must not be negative");
        }
    }

    /** Fills the columns one member at a time; {@link #build} hands over the way to make a member's candidate. */
    public static final class Builder extends PoolColumns {
        private Builder(ChannelId channel, int expectedSize) {
            super(Require.present("channel", channel), Math.max(expectedSize, 4));
        }

        public Builder add(Candidate candidate) {
            Operator o = candidate.operator();
            Member member =
                    new Member(o.id().value(), o.createdAt(), o.memberOf(channel), o.hasLivechatAccess(), o.presence());
            Load load = new Load(
                    candidate.ongoingSessions(), candidate.lastAssignedAt().orElse(null));
            return add(member, Skills.of(o), load);
        }

        public Builder add(Member member, Skills skills, Load load) {
            append(member, skills, load);
            return this;
        }

        /**
         * @param details the candidate of the member at an index, as added: called only for those
         *     the trace names, or for all by {@link #toList}
         */
        public CandidatePool build(IntFunction<Candidate> details) {
            return new CandidatePool(this, Require.present("details", details));
        }
    }
}
