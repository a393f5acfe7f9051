package dev.livechat.domain.assignment;

import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The visitor's side of the tiers, worked out once per assignment so that placing each of
 * thousands of candidates in its tier allocates nothing: the language's primary subtag, the
 * expertise as lower-case names, the tiers that apply. Same answers as {@link Criterion#admits}.
 */
final class TierMatcher {
    private final Optional<LanguageTag> language;
    /** Null when the visitor gave no language; compared in place, as LanguageTag.primary() copies. */
    private final String primary;

    private final Optional<CountryCode> country;
    /** Lower case, so that hashing and comparing them never lower-cases again. */
    private final List<ExpertiseName> expertise = new ArrayList<>();

    private final List<Tier> tiers = new ArrayList<>();

    TierMatcher(AssignmentRequest request) {
        language = request.language();
        primary = language.map(LanguageTag::primary).orElse(null);
        country = request.country();
        for (ExpertiseName name : request.expertise()) expertise.add(ExpertiseName.of(name.key()));
        for (Tier tier : Tier.values()) if (tier.appliesTo(request)) tiers.add(tier);
    }

    /**
     * The first tier that applies and admits the operator, if it is no later than {@code last};
     * null when the operator is only in later tiers. Criteria are checked only as far as the
     * tiers up to {@code last} need them: in a large channel most operators are told apart by
     * their language alone, and their country and expertise are never read.
     */
    Tier bestTier(Operator operator, Tier last) {
        int known = 0;
        int met = 0;
        for (int i = 0; i < tiers.size() && tiers.get(i).compareTo(last) <= 0; i++) {
            Tier tier = tiers.get(i);
            int unknown = tier.needs() & ~known;
            if (unknown != 0) {
                met |= criteriaMet(operator, unknown);
                known |= unknown | expertiseBits(unknown);
            }
            if (tier.admits(met)) return tier;
        }
        return null;
    }

    boolean speaksExactly(Operator operator) {
        return language.isPresent() && operator.speaksExactly(language.get());
    }

    /** Which of the asked criteria the operator meets; both expertise criteria come from one count. */
    private int criteriaMet(Operator operator, int asked) {
        int met = 0;
        if ((asked & Criterion.LANGUAGE.bit()) != 0 && speaks(operator)) met |= Criterion.LANGUAGE.bit();
        if ((asked & Criterion.COUNTRY.bit()) != 0 && operator.country().equals(country))
            met |= Criterion.COUNTRY.bit();
        if (expertiseBits(asked) != 0) {
            int covered = covered(operator.expertise());
            if (covered == expertise.size()) met |= Criterion.ALL_EXPERTISE.bit();
            if (covered > 0) met |= Criterion.SOME_EXPERTISE.bit();
        }
        return met;
    }

    private static int expertiseBits(int criteria) {
        int both = Criterion.ALL_EXPERTISE.bit() | Criterion.SOME_EXPERTISE.bit();
        return (criteria & both) != 0 ? both : 0;
    }

    private boolean speaks(Operator operator) {
        if (samePrimary(operator.mainLanguage())) return true;
        // Most operators speak one language: skip the iterator, which escape analysis does not always remove.
        if (operator.languages().isEmpty()) return false;
        for (LanguageTag spoken : operator.languages()) if (samePrimary(spoken)) return true;
        return false;
    }

    private boolean samePrimary(LanguageTag tag) {
        String value = tag.value();
        return value.startsWith(primary)
                && (value.length() == primary.length() || value.charAt(primary.length()) == '-');
    }

    private int covered(Set<ExpertiseName> offered) {
        int covered = 0;
        for (int i = 0; i < expertise.size(); i++) if (offered.contains(expertise.get(i))) covered++;
        return covered;
    }
}
