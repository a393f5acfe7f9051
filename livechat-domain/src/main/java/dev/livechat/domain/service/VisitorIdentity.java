package dev.livechat.domain.service;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.port.in.StartConversationCommand;
import java.util.Optional;

/**
 * Whether a starting visitor may be who it says. Anyone may start without a token, so a bare
 * contact id would show that contact's card, history and tickets to the operator, and preset the
 * transcript address, on the word of a stranger. Refused rather than ignored: a website whose
 * hashing is broken learns it at once instead of seeing its customers silently become guests.
 */
final class VisitorIdentity {
    private VisitorIdentity() {}

    static void verify(Channel channel, StartConversationCommand command) {
        if (command.proof().vouchedByCaller()) return;
        command.visitor()
                .contact()
                .ifPresent(id -> require(
                        channel,
                        "visitor.contactIdHash",
                        "visitor.contactId",
                        id.value(),
                        command.proof().contactIdHash()));
        command.visitor()
                .key()
                .ifPresent(key -> require(
                        channel,
                        "visitor.keyHash",
                        "visitor.key",
                        key,
                        command.proof().keyHash()));
    }

    private static void require(Channel channel, String hashField, String idField, String id, Optional<String> hash) {
        if (channel.identitySecret().isEmpty())
            throw new InvalidValueException(
                    hashField,
                    "channel " + channel.id() + " has no identity secret, so no " + idField
                            + " can be verified until a manager creates one; start as a guest without " + idField);
        if (hash.isEmpty())
            throw new InvalidValueException(
                    hashField,
                    "is required with " + idField + ": the hex HMAC-SHA256 of it under the channel's secret");
        if (!channel.identitySecret().get().verifies(id, hash.get()))
            throw new InvalidValueException(
                    hashField, "does not verify " + idField + " under channel " + channel.id() + "'s identity secret");
    }
}
