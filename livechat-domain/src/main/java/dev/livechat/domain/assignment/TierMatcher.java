package dev.livechat.domain.assignment;

import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import java.util.List;
import java.util.Optional;

/**
 * The visitor's side of the tiers, worked out once per assignment as codes and bit masks of the
 * pool's dictionaries, so that placing each of thousands of candidates in its tier reads a few
 * columns and allocates nothing. Same answers as {@link Criterion#admits}: a value past the pool's
 * 63rd of a kind is checked on the operator itself.
 *
 * <p>When the pool's {@link OpenColumns} are coded, it works out once what each language set,
 * country and expertise set of the pool meets (a few dozen entries), and ranks a member by looking
 * its three codes up, then the 32 combinations of criteria met and exact tag ({@link
 * #rankByCodes}): the member's own skill columns, 28 bytes, are not read.
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

    /** The criteria the visitor gave what they need for, as a bit set of {@link Criterion#bit()}. */
    private final int asked;
    /** The first tier that applies and admits an operator meeting these criteria, by their bit set. */
    private final int[] tierOf;
    /** By the criteria met, plus {@link #EXACT} for the exact tag: the rank but for the recent bit. */
    private final int[] rankOf;
    /** By code of the {@link OpenColumns}: the criteria met, plus {@link #EXACT}; null when not coded. */
    private final int[] languageMet;

    private final int[] countryMet;
    private final int[] expertiseMet;

    private static final int CRITERIA_SETS = 1 << Criterion.values().length;
    /** Added to the criteria met for a member with the visitor's exact language tag. */
    private static final int EXACT = CRITERIA_SETS;
    /** {@link #tierOf} for each set of criteria a visitor can give, worked out once. */
    private static final int[][] TIER_OF = new int[CRITERIA_SETS][CRITERIA_SETS];
    /** {@link #rankOf} for each set of criteria a visitor can give, worked out once. */
    private static final int[][] RANK_OF = new int[CRITERIA_SETS][2 * CRITERIA_SETS];
    /** The tiers that match on language, as a bit set of their ordinals. */
    private static final int LANGUAGE_TIERS;

    static {
        int languageTiers = 0;
        for (Tier tier : Tier.values()) if (tier.matchesOnLanguage()) languageTiers |= 1 << tier.ordinal();
        LANGUAGE_TIERS = languageTiers;
        for (int given = 0; given < CRITERIA_SETS; given++)
            for (int met = 0; met < CRITERIA_SETS; met++) {
                int tier = firstTier(given, met).ordinal();
                TIER_OF[given][met] = tier;
                RANK_OF[given][met] = TierRanking.rank(tier, (LANGUAGE_TIERS & 1 << tier) != 0, false);
                RANK_OF[given][EXACT | met] = TierRanking.rank(tier, false, false);
            }
    }

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
        int criteria = 0;
        for (Criterion criterion : Criterion.values()) if (criterion.applicable(request)) criteria |= criterion.bit();
        asked = criteria;
        tierOf = TIER_OF[criteria];
        rankOf = RANK_OF[criteria];
        OpenColumns open = pool.open;
        boolean coded = open.codes != null;
        languageMet = coded ? languageMet(open) : null;
        countryMet = coded ? countryMet(open) : null;
        expertiseMet = coded ? expertiseMet(open) : null;
    }

    private int[] languageMet(OpenColumns open) {
        int[] met = new int[open.speaks.length];
        for (int set = 0; set < met.length; set++)
            met[set] = ((open.speaks[set] & primaryBit) != 0 ? Criterion.LANGUAGE.bit() : 0)
                    | ((open.speaksExactly[set] & tagBit) != 0 ? EXACT : 0);
        return met;
    }

    private int[] countryMet(OpenColumns open) {
        int[] met = new int[open.countryFields];
        if (country >= 0) met[country + 1] = Criterion.COUNTRY.bit();
        return met;
    }

    private int[] expertiseMet(OpenColumns open) {
        int[] met = new int[open.expertise.length];
        if ((asked & Criterion.ALL_EXPERTISE.bit()) == 0) return met;
        for (int set = 0; set < met.length; set++) {
            int covered = Long.bitCount(open.expertise[set] & expertiseMask);
            met[set] = (covered == askedExpertise.size() ? Criterion.ALL_EXPERTISE.bit() : 0)
                    | (covered > 0 ? Criterion.SOME_EXPERTISE.bit() : 0);
        }
        return met;
    }

    /** Whether the pool's {@link OpenColumns} are coded, so that {@link #rankByCodes} applies. */
    boolean byCodes() {
        return languageMet != null;
    }

    /** Whether the visitor gave anything a tier needs; if not, everyone is in EVERYONE. */
    boolean asksAnything() {
        return asked != 0;
    }

    /** The rank, but for the recent bit, of a member with these {@link OpenColumns#codes}. */
    int rankByCodes(int codes) {
        return rankOf[
                languageMet[codes & OpenColumns.LANGUAGE_MASK]
                        | countryMet[codes >>> OpenColumns.COUNTRY_SHIFT & OpenColumns.COUNTRY_MASK]
                        | expertiseMet[codes >>> OpenColumns.EXPERTISE_SHIFT]];
    }

    /**
     * A tier applies when the visitor gave all it needs (as {@link Tier#appliesTo}); EVERYONE needs
     * nothing and admits every operator, so there always is one.
     */
    private static Tier firstTier(int given, int met) {
        for (Tier tier : Tier.values()) if (tier.admits(given) && tier.admits(met)) return tier;
        throw new IllegalStateException("no tier admits " + met);
    }

    /**
     * The member's {@link TierRanking#rank}: its first tier (by a table of the criteria it meets),
     * whether it lacks the exact tag in a language tier, whether it was assigned after
     * {@code windowStart}.
     */
    int rank(int member, long windowSeconds, int windowNanos) {
        int tier = tierOf[criteriaMet(member)];
        boolean inexact = (LANGUAGE_TIERS & 1 << tier) != 0 && !speaksExactly(member);
        long last = pool.lastAssignedSeconds[member];
        boolean recent = last > windowSeconds || last == windowSeconds && pool.lastAssignedNanos[member] > windowNanos;
        return TierRanking.rank(tier, inexact, recent);
    }

    boolean speaksExactly(int member) {
        if (language.isEmpty()) return false;
        long spoken = pool.speaksExactly[member];
        if ((spoken & tagBit) != 0) return true;
        return tagBit == 0
                && (spoken & Dictionary.OVERFLOW) != 0
                && operator(member).speaksExactly(language.get());
    }

    /** Which of the criteria the visitor gave the member meets; both expertise criteria come from one count. */
    private int criteriaMet(int member) {
        int met = 0;
        if ((asked & Criterion.LANGUAGE.bit()) != 0 && speaks(member)) met |= Criterion.LANGUAGE.bit();
        if ((asked & Criterion.COUNTRY.bit()) != 0 && pool.country[member] == country) met |= Criterion.COUNTRY.bit();
        if ((asked & Criterion.ALL_EXPERTISE.bit()) != 0) {
            int covered = covered(member);
            if (covered == askedExpertise.size()) met |= Criterion.ALL_EXPERTISE.bit();
            if (covered > 0) met |= Criterion.SOME_EXPERTISE.bit();
        }
        return met;
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
