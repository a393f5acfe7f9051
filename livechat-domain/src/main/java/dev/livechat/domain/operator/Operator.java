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
 * access. What a manager sets is its {@link OperatorProfile}; the id, the presence and the creation
 * time are the user's own. Immutable; the verbs return the changed user.
 */
public record Operator(UserId id, OperatorProfile profile, Presence presence, Instant createdAt) {

    public Operator {
        Require.present("id", id);
        Require.present("profile", profile);
        Require.present("presence", presence);
        Require.present("createdAt", createdAt);
    }

    /** A user just created from a manager's profile: offline until it says otherwise. */
    public static Operator created(UserId id, OperatorProfile profile, Instant at) {
        return new Operator(id, profile, Presence.OFFLINE, at);
    }

    public Operator changePresence(Presence newPresence) {
        return new Operator(id, profile, Require.present("presence", newPresence), createdAt);
    }

    public Operator revise(OperatorProfile newProfile) {
        return new Operator(id, newProfile, presence, createdAt);
    }

    public String name() {
        return profile.name();
    }

    public EmailAddress email() {
        return profile.email();
    }

    public Role role() {
        return profile.role();
    }

    public LanguageTag mainLanguage() {
        return profile.mainLanguage();
    }

    public Set<LanguageTag> languages() {
        return profile.languages();
    }

    public Optional<CountryCode> country() {
        return profile.country();
    }

    public Set<ExpertiseName> expertise() {
        return profile.expertise();
    }

    public Set<ChannelId> channels() {
        return profile.channels();
    }

    public boolean memberOf(ChannelId channel) {
        return channels().contains(channel);
    }

    public boolean hasLivechatAccess() {
        return role().livechatAccess();
    }

    /** Whether this operator speaks the language: same primary subtag as the main or an additional language. */
    public boolean speaks(LanguageTag language) {
        if (mainLanguage().samePrimaryAs(language)) return true;
        for (LanguageTag spoken : languages()) if (spoken.samePrimaryAs(language)) return true;
        return false;
    }

    /** Whether the main or an additional language is exactly this tag. */
    public boolean speaksExactly(LanguageTag language) {
        return mainLanguage().equals(language) || languages().contains(language);
    }
}
