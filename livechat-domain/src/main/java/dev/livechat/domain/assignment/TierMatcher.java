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

    /** The first tier that applies and admits the operator: EVERYONE at worst. */
    Tier bestTier(Operator operator) {
        int met = criteriaMet(operator);
        for (int i = 0; i < tiers.size(); i++) if (tiers.get(i).admits(met)) return tiers.get(i);
        throw new IllegalStateException("The EVERYONE tier admits every operator");
    }

    boolean speaksExactly(Operator operator) {
        return language.isPresent() && operator.speaksExactly(language.get());
    }

    private int criteriaMet(Operator operator) {
        int met = 0;
        if (primary != null && speaks(operator)) met |= Criterion.LANGUAGE.bit();
        if (country.isPresent() && operator.country().equals(country)) met |= Criterion.COUNTRY.bit();
        if (!expertise.isEmpty()) {
            int covered = covered(operator.expertise());
            if (covered == expertise.size()) met |= Criterion.ALL_EXPERTISE.bit();
            if (covered > 0) met |= Criterion.SOME_EXPERTISE.bit();
        }
        return met;
    }

    private boolean speaks(Operator operator) {
        if (samePrimary(operator.mainLanguage())) return true;
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
