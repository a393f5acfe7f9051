package dev.livechat.domain.operator;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import java.util.Optional;
import java.util.Set;

/** What a manager sets on a user: everything but the id, the presence and the creation time. */
public record OperatorProfile(
        String name,
        EmailAddress email,
        Role role,
        LanguageTag mainLanguage,
        Set<LanguageTag> languages,
        Optional<CountryCode> country,
        Set<ExpertiseName> expertise,
        Set<ChannelId> channels) {
    public OperatorProfile {
        name = Require.text("name", name, 100);
        Require.present("email", email);
        Require.present("role", role);
        Require.present("mainLanguage", mainLanguage);
        languages = Set.copyOf(Require.present("languages", languages));
        country = Require.present("country", country);
        expertise = Set.copyOf(Require.present("expertise", expertise));
        channels = Set.copyOf(Require.present("channels", channels));
    }
}
