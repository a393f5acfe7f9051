package dev.livechat.domain.assignment;

import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The visitor's side of the tiers, worked out once per assignment as codes and bit masks of the
 * pool's dictionaries, so that placing each of thousands of candidates in its tier reads a few
 * columns and allocates nothing. Same answers as {@link Criterion#admits}: a value past the pool's
 * 63rd of a kind is checked on the operator itself.
 */
final class TierMatcher {
    private final CandidatePool pool;
    private final Optional<LanguageTag> language;
    /** The bit of the visitor's primary subtag and exact tag in the pool; 0 when it has none of its own. */
    private final long primaryBit;

    private final long tagBit;
    private final int country;
    private final long expertiseMask;
    private final List<ExpertiseName> askedExpertise;
    /** Whether some asked expertise has no bit of its own (or does not occur in the pool). */
    private final boolean expertiseUnknown;

    private final List<Tier> tiers = new ArrayList<>();

    TierMatcher(AssignmentRequest request, CandidatePool pool) {
        this.pool = pool;
        language = request.language();
        primaryBit = language.map(l -> pool.primaries.findBit(l.primary())).orElse(0L);
        tagBit = language.map(l -> pool.tags.findBit(l.value())).orElse(0L);
        country = request.country().map(c -> pool.countries.find(c.value())).orElse(Dictionary.ABSENT);
        long mask = 0;
        boolean unknown = false;
        for (ExpertiseName name : request.expertise()) {
            long bit = pool.expertiseKeys.findBit(name.key());
            mask |= bit;
            unknown |= bit == 0;
        }
        expertiseMask = mask;
        askedExpertise = List.copyOf(request.expertise());
        expertiseUnknown = unknown;
        for (Tier tier : Tier.values()) if (tier.appliesTo(request)) tiers.add(tier);
    }

    /**
     * The first tier that applies and admits the member, if it is no later than {@code last};
     * null when the member is only in later tiers. Criteria are checked only as far as the tiers
     * up to {@code last} need them.
     */
    Tier bestTier(int member, Tier last) {
        int known = 0;
        int met = 0;
        for (int i = 0; i < tiers.size() && tiers.get(i).compareTo(last) <= 0; i++) {
            Tier tier = tiers.get(i);
            int unknown = tier.needs() & ~known;
            if (unknown != 0) {
                met |= criteriaMet(member, unknown);
                known |= unknown | expertiseBits(unknown);
            }
            if (tier.admits(met)) return tier;
        }
        return null;
    }

    boolean speaksExactly(int member) {
        if (language.isEmpty()) return false;
        long spoken = pool.speaksExactly[member];
        if ((spoken & tagBit) != 0) return true;
        return tagBit == 0
                && (spoken & Dictionary.OVERFLOW) != 0
                && operator(member).speaksExactly(language.get());
    }

    /** Which of the asked criteria the member meets; both expertise criteria come from one count. */
    private int criteriaMet(int member, int asked) {
        int met = 0;
        if ((asked & Criterion.LANGUAGE.bit()) != 0 && speaks(member)) met |= Criterion.LANGUAGE.bit();
        if ((asked & Criterion.COUNTRY.bit()) != 0 && pool.country[member] == country) met |= Criterion.COUNTRY.bit();
        if (expertiseBits(asked) != 0) {
            int covered = covered(member);
            if (covered == askedExpertise.size()) met |= Criterion.ALL_EXPERTISE.bit();
            if (covered > 0) met |= Criterion.SOME_EXPERTISE.bit();
        }
        return met;
    }

    private static int expertiseBits(int criteria) {
        int both = Criterion.ALL_EXPERTISE.bit() | Criterion.SOME_EXPERTISE.bit();
        return (criteria & both) != 0 ? both : 0;
    }

    private boolean speaks(int member) {
        long spoken = pool.speaks[member];
        if ((spoken & primaryBit) != 0) return true;
        return primaryBit == 0
                && (spoken & Dictionary.OVERFLOW) != 0
                && operator(member).speaks(language.get());
    }

    private int covered(int member) {
        long offered = pool.expertise[member];
        if (expertiseUnknown && (offered & Dictionary.OVERFLOW) != 0) {
            int covered = 0;
            for (ExpertiseName name : askedExpertise)
                if (operator(member).expertise().contains(name)) covered++;
            return covered;
        }
        return Long.bitCount(offered & expertiseMask);
    }

    private Operator operator(int member) {
        return pool.candidate(member).operator();
    }
}
