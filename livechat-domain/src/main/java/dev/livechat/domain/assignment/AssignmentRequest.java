package dev.livechat.domain.assignment;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What the assignment policy decides on (docs/product-rules.md, "Operator assignment"). */
public record AssignmentRequest(
        ChannelId channel,
        SessionCap cap,
        Optional<LanguageTag> language,
        Optional<CountryCode> country,
        Set<ExpertiseName> expertise,
        Optional<UserId> previousOperator,
        Instant at) {
    public AssignmentRequest {
        Require.present("channel", channel);
        Require.present("cap", cap);
        Require.present("language", language);
        Require.present("country", country);
        expertise = Set.copyOf(Require.present("expertise", expertise));
        Require.present("previousOperator", previousOperator);
        Require.present("at", at);
    }
}
