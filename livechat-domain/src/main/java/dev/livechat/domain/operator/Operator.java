package dev.livechat.domain.operator;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A user of the back office: an operator, a manager, or an internal user without live chat
 * access. Immutable; the verbs return the changed user.
 */
public record Operator(
        UserId id,
        String name,
        EmailAddress email,
        Role role,
        Presence presence,
        LanguageTag mainLanguage,
        Set<LanguageTag> languages,
        Optional<CountryCode> country,
        Set<ExpertiseName> expertise,
        Set<ChannelId> channels,
        Instant createdAt) {

    public Operator {
        Require.present("id", id);
        name = Require.text("name", name, 100);
        Require.present("email", email);
        Require.present("role", role);
        Require.present("presence", presence);
        Require.present("mainLanguage", mainLanguage);
        languages = Set.copyOf(Require.present("languages", languages));
        country = Require.present("country", country);
        expertise = Set.copyOf(Require.present("expertise", expertise));
        channels = Set.copyOf(Require.present("channels", channels));
        Require.present("createdAt", createdAt);
    }

    public Operator changePresence(Presence newPresence) {
        return new Operator(
                id,
                name,
                email,
                role,
                Require.present("presence", newPresence),
                mainLanguage,
                languages,
                country,
                expertise,
                channels,
                createdAt);
    }

    public Operator revise(OperatorProfile profile) {
        return new Operator(
                id,
                profile.name(),
                profile.email(),
                profile.role(),
                presence,
                profile.mainLanguage(),
                profile.languages(),
                profile.country(),
                profile.expertise(),
                profile.channels(),
                createdAt);
    }

    public boolean memberOf(ChannelId channel) {
        return channels.contains(channel);
    }

    public boolean hasLivechatAccess() {
        return role.livechatAccess();
    }

    /** Whether this operator speaks the language: same primary subtag as the main or an additional language. */
    public boolean speaks(LanguageTag language) {
        if (mainLanguage.samePrimaryAs(language)) return true;
        for (LanguageTag spoken : languages) if (spoken.samePrimaryAs(language)) return true;
        return false;
    }

    /** Whether the main or an additional language is exactly this tag. */
    public boolean speaksExactly(LanguageTag language) {
        return mainLanguage.equals(language) || languages.contains(language);
    }
}
