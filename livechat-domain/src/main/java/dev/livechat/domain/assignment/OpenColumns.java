package dev.livechat.domain.assignment;

/**
 * The columns the pass reads for every member who may be assigned below the cap, copied in the
 * order of {@link Unavailable#open} when the pool is built, so that the pass reads them one after
 * the other: ongoing sessions, last assignment, and the member's skills as one int of three codes
 * (its set of language tags, its country, its set of expertise). A channel has far fewer such sets
 * than members, so the policy works out once per request what each set meets (a few dozen entries)
 * and reads 16 bytes per member instead of 44. On a machine whose caches other work keeps
 * emptying, the bytes read per member are what the pass costs.
 *
 * <p>{@link #codes} is null when the pool cannot be coded so: a dictionary past its 63rd value (a
 * member may then have to be checked on its operator) or more sets than a field holds. The policy
 * then reads the pool's own columns ({@link TierMatcher#rank}).
 */
final class OpenColumns {
    static final int LANGUAGE_BITS = 11;
    static final int COUNTRY_BITS = 10;
    static final int COUNTRY_SHIFT = LANGUAGE_BITS;
    static final int EXPERTISE_SHIFT = LANGUAGE_BITS + COUNTRY_BITS;
    static final int LANGUAGE_MASK = (1 << LANGUAGE_BITS) - 1;
    static final int COUNTRY_MASK = (1 << COUNTRY_BITS) - 1;
    private static final int EXPERTISE_SETS = 1 << 32 - EXPERTISE_SHIFT;

    /** Indexes in the pool, as {@link Unavailable#open}. */
    final int[] members;

    final int[] sessions;
    final long[] lastAssignedSeconds;
    /** Per member: language set | (country code + 1) << {@link #COUNTRY_SHIFT} | expertise set << {@link #EXPERTISE_SHIFT}. */
    final int[] codes;
    /** By language set: the pool's {@link CandidatePool#speaks} and {@link CandidatePool#speaksExactly} bits. */
    final long[] speaks;

    final long[] speaksExactly;
    /** By expertise set: the pool's {@link CandidatePool#expertise} bits. */
    final long[] expertise;
    /** How many country fields a code may hold: the pool's countries plus none. */
    final int countryFields;

    OpenColumns(CandidatePool pool, int[] open) {
        members = open;
        int n = open.length;
        sessions = new int[n];
        lastAssignedSeconds = new long[n];
        for (int k = 0; k < n; k++) {
            sessions[k] = pool.sessions[open[k]];
            lastAssignedSeconds[k] = pool.lastAssignedSeconds[open[k]];
        }
        Sets languages = new Sets();
        Sets offered = new Sets();
        int[] coded = new int[n];
        boolean fits = !pool.primaries.overflows()
                && !pool.tags.overflows()
                && !pool.expertiseKeys.overflows()
                && pool.countries.size() < COUNTRY_MASK;
        for (int k = 0; k < n && fits; k++) {
            int i = open[k];
            int language = languages.code(pool.speaksExactly[i]);
            int expertiseSet = offered.code(pool.expertise[i]);
            fits = language <= LANGUAGE_MASK && expertiseSet < EXPERTISE_SETS;
            coded[k] = language | pool.country[i] + 1 << COUNTRY_SHIFT | expertiseSet << EXPERTISE_SHIFT;
        }
        codes = fits ? coded : null;
        speaks = new long[fits ? languages.size() : 0];
        speaksExactly = new long[speaks.length];
        expertise = new long[fits ? offered.size() : 0];
        for (int k = 0; k < n && fits; k++) {
            int i = open[k];
            // Without overflow, the tags spoken exactly decide the primary subtags spoken.
            speaks[coded[k] & LANGUAGE_MASK] = pool.speaks[i];
            speaksExactly[coded[k] & LANGUAGE_MASK] = pool.speaksExactly[i];
            expertise[coded[k] >>> EXPERTISE_SHIFT] = pool.expertise[i];
        }
        countryFields = pool.countries.size() + 1;
    }

    /**
     * Codes for the distinct bit sets of one column, in the order met: an open-addressing table of
     * longs, so that coding 10,000 members boxes none of them.
     */
    private static final class Sets {
        private long[] keys = new long[16];
        /** The code plus one; 0 for an empty slot. */
        private int[] codes = new int[16];

        private int size;

        int code(long bits) {
            int mask = keys.length - 1;
            for (int slot = slot(bits, mask); ; slot = slot + 1 & mask) {
                if (codes[slot] == 0) break;
                if (keys[slot] == bits) return codes[slot] - 1;
            }
            if (2 * (size + 1) > keys.length) grow();
            put(bits, ++size);
            return size - 1;
        }

        int size() {
            return size;
        }

        private void put(long bits, int codePlusOne) {
            int mask = keys.length - 1;
            int slot = slot(bits, mask);
            while (codes[slot] != 0) slot = slot + 1 & mask;
            keys[slot] = bits;
            codes[slot] = codePlusOne;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCodes = codes;
            keys = new long[oldKeys.length * 2];
            codes = new int[oldKeys.length * 2];
            for (int slot = 0; slot < oldKeys.length; slot++)
                if (oldCodes[slot] != 0) put(oldKeys[slot], oldCodes[slot]);
        }

        private static int slot(long bits, int mask) {
            return (int) (bits * 0x9E3779B97F4A7C15L >>> 32) & mask;
        }
    }
}
