package dev.livechat.domain.port.in;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.offline.OfflineMessage;

/** A visitor's offline message: who, an address to be answered at, and the text. */
public record LeaveOfflineMessageCommand(ChannelId channel, String name, EmailAddress email, String message) {
    public LeaveOfflineMessageCommand {
        Require.present("channelId", channel);
        name = Require.text("name", name, OfflineMessage.MAX_NAME);
        // the name reaches a mail's subject: no line break may start a header there
        Require.that(name.chars().noneMatch(Character::isISOControl), "name", "must not contain control characters");
        Require.present("email", email);
        message = Require.text("message", message, OfflineMessage.MAX_TEXT);
    }
}
