package dev.livechat.adapter.rest;

import dev.livechat.adapter.rest.Bodies.Body;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.OperatorProfile;
import dev.livechat.domain.operator.Role;
import java.util.Optional;
import java.util.Set;

/**
 * A user's profile from a request: whole for {@code POST /users}; for {@code PATCH /users/{id}}
 * the given properties merged into the current profile (an explicit null clears {@code country};
 * the other properties may not be null).
 */
final class UserProfiles {
    private UserProfiles() {}

    static OperatorProfile create(Requests.User body) {
        Input in = new Input();
        String name = in.required("name", body.name(), Input::text);
        EmailAddress email = in.required("email", body.email(), EmailAddress::of);
        if (body.role() == null) in.error("role", "is required");
        LanguageTag main = in.required("mainLanguage", body.mainLanguage(), LanguageTag::of);
        Set<LanguageTag> languages = in.each("languages", body.languages(), LanguageTag::of);
        Optional<CountryCode> country = in.optional("country", body.country(), CountryCode::of);
        Set<ExpertiseName> expertise = in.each("expertise", body.expertise(), ExpertiseName::of);
        Set<ChannelId> channels = in.each("channels", body.channels(), ChannelId::of);
        in.check();
        return new OperatorProfile(name, email, body.role(), main, languages, country, expertise, channels);
    }

    static OperatorProfile merge(Operator current, Body<Requests.User> patch) {
        Requests.User body = patch.value();
        Input in = new Input();
        for (String property :
                new String[] {"name", "email", "role", "mainLanguage", "languages", "expertise", "channels"})
            if (patch.has(property) && patch.tree().get(property).isNull()) in.error(property, "may not be null");
        String name = patch.has("name") ? in.required("name", body.name(), Input::text) : current.name();
        EmailAddress email =
                patch.has("email") ? in.required("email", body.email(), EmailAddress::of) : current.email();
        Role role = body.role() != null ? body.role() : current.role();
        LanguageTag main = patch.has("mainLanguage")
                ? in.required("mainLanguage", body.mainLanguage(), LanguageTag::of)
                : current.mainLanguage();
        Set<LanguageTag> languages = body.languages() != null
                ? in.each("languages", body.languages(), LanguageTag::of)
                : current.languages();
        Optional<CountryCode> country =
                patch.has("country") ? in.optional("country", body.country(), CountryCode::of) : current.country();
        Set<ExpertiseName> expertise = body.expertise() != null
                ? in.each("expertise", body.expertise(), ExpertiseName::of)
                : current.expertise();
        Set<ChannelId> channels =
                body.channels() != null ? in.each("channels", body.channels(), ChannelId::of) : current.channels();
        in.check();
        return new OperatorProfile(name, email, role, main, languages, country, expertise, channels);
    }
}
