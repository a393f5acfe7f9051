package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.livechatUser;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.offline.OfflineMessageId;
import dev.livechat.domain.offline.OfflineMessageState;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.HandleOfflineMessagesUseCase;
import dev.livechat.domain.port.in.LeaveOfflineMessageCommand;
import dev.livechat.domain.port.in.LeaveOfflineMessageUseCase;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.NotifyOfflineMessagesPort;
import dev.livechat.domain.port.out.OfflineMessagesPort;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Visitors leave offline messages; operators of the channel (and managers) list and handle them. */
public final class OfflineMessageService implements LeaveOfflineMessageUseCase, HandleOfflineMessagesUseCase {
    private static final System.Logger LOG = System.getLogger(OfflineMessageService.class.getName());

    private final OfflineMessagesPort messages;
    private final ChannelsPort channels;
    private final NotifyOfflineMessagesPort listener;
    private final OfflineWebhooks webhooks;
    private final Clock clock;

    public OfflineMessageService(
            OfflineMessagesPort messages,
            ChannelsPort channels,
            NotifyOfflineMessagesPort listener,
            OfflineWebhooks webhooks,
            Clock clock) {
        this.messages = messages;
        this.channels = channels;
        this.listener = listener;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Override
    public OfflineMessage leave(LeaveOfflineMessageCommand command) {
        Channel channel = channels.require(command.channel());
        OfflineMessage message = OfflineMessage.received(
                OfflineMessageId.random(),
                channel.id(),
                command.name(),
                command.email(),
                command.message(),
                channel.reception().email(),
                clock.instant());
        // the mail and the webhooks are due from here on, stored with the message: sent even if we stop now
        webhooks.recordWith(message, () -> messages.record(message));
        try {
            listener.created(message);
        } catch (RuntimeException e) {
            // the message is kept and will be mailed: a listener's failure must not make the visitor retry
            LOG.log(System.Logger.Level.WARNING, "offline message " + message.id() + ": listener failed", e);
        }
        return message;
    }

    @Override
    public List<OfflineMessage> offlineMessages(Caller caller, Optional<OfflineMessageState> state) {
        Operator user = livechatUser(caller, "list offline messages");
        return messages.list(state, visibleChannels(user), MAX_LISTED);
    }

    @Override
    public OfflineMessage markHandled(Caller caller, OfflineMessageId id) {
        Operator user = livechatUser(caller, "handle offline messages");
        OfflineMessage message = messages.find(id).orElseThrow(() -> new NotFoundException("offline message", id));
        if (visibleChannels(user).map(own -> !own.contains(message.channel())).orElse(false))
            throw new AccessDeniedException(caller.describe() + " may not handle offline message " + id
                    + ": only operators of channel " + message.channel() + " or a manager may");
        OfflineMessage handled = message.handledBy(user, clock.instant()); // refuses one handled already
        if (messages.markHandled(id, handled.handling().orElseThrow())) return handled;
        // another operator won between our read and our write: refuse naming them
        messages.find(id).orElseThrow().handledBy(user, clock.instant());
        return handled;
    }

    /** A manager sees every channel's; an operator its own channels'. */
    private static Optional<Set<ChannelId>> visibleChannels(Operator user) {
        return user.role() == Role.LIVECHAT_MANAGER ? Optional.empty() : Optional.of(user.channels());
    }
}
