package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.OperatorProfile;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.operator.UserId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link Operator} to and from its row; its sets are JSON lists, sorted so the same set gives the same text. */
final class OperatorMapper {
    private OperatorMapper() {}

    static OperatorEntity toEntity(Operator o) {
        OperatorEntity e = new OperatorEntity();
        e.id = o.id().value();
        e.name = o.name();
        e.email = o.email().value();
        e.role = o.role().name();
        e.presence = o.presence().name();
        e.mainLanguage = o.mainLanguage().value();
        e.languages = Json.write(
                o.languages().stream().map(LanguageTag::value).sorted().toList());
        e.country = o.country().map(CountryCode::value).orElse(null);
        e.expertise = ConversationJson.expertise(o.expertise());
        e.channels = Json.write(channels(o));
        e.createdAt = Times.stored(o.createdAt());
        return e;
    }

    static List<String> channels(Operator o) {
        return o.channels().stream().map(ChannelId::value).sorted().toList();
    }

    static Operator toOperator(OperatorEntity e) {
        OperatorProfile profile = new OperatorProfile(
                e.name,
                EmailAddress.of(e.email),
                Role.valueOf(e.role),
                LanguageTag.of(e.mainLanguage),
                Json.list(e.languages, String.class).stream()
                        .map(LanguageTag::of)
                        .collect(Collectors.toSet()),
                Optional.ofNullable(e.country).map(CountryCode::of),
                ConversationJson.expertise(e.expertise),
                Json.list(e.channels, String.class).stream().map(ChannelId::of).collect(Collectors.toSet()));
        return new Operator(UserId.of(e.id), profile, Presence.valueOf(e.presence), e.createdAt);
    }
}
