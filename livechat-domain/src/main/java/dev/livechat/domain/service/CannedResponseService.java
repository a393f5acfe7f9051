package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.*;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.canned.CannedResponse;
import dev.livechat.domain.canned.Shortcut;
import dev.livechat.domain.canned.Template;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.ManageCannedResponsesUseCase;
import dev.livechat.domain.port.in.PostCannedResponseCommand;
import dev.livechat.domain.port.in.PostCannedResponseUseCase;
import dev.livechat.domain.port.out.CannedResponsesPort;
import dev.livechat.domain.port.out.ChannelsPort;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Canned responses: their catalogue, and posting one into a conversation. */
public final class CannedResponseService implements ManageCannedResponsesUseCase, PostCannedResponseUseCase {
    private final ConversationWork work;
    private final CannedResponsesPort canned;
    private final ChannelsPort channels;
    private final Clock clock;

    public CannedResponseService(
            ConversationWork work, CannedResponsesPort canned, ChannelsPort channels, Clock clock) {
        this.work = work;
        this.canned = canned;
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    public List<CannedResponse> cannedResponses(Caller caller, String prefix) {
        livechatUser(caller, "look up canned responses");
        return canned.startingWith(prefix == null ? "" : prefix.strip(), MAX_LISTED);
    }

    @Override
    public CannedResponse putCannedResponse(Caller caller, CannedResponse response) {
        manager(caller, "write canned responses");
        canned.put(response);
        return response;
    }

    @Override
    public void removeCannedResponse(Caller caller, Shortcut shortcut) {
        manager(caller, "delete canned responses");
        if (!canned.remove(shortcut)) throw new NotFoundException("canned response", shortcut.value());
    }

    /**
     * The response is read before the conversation's lock is taken (it does not depend on the
     * conversation), and expanded under it, with the state the message is appended to.
     */
    @Override
    public Message postCannedResponse(PostCannedResponseCommand command) {
        livechatUser(command.caller(), "post a canned response");
        CannedResponse response = canned.find(command.shortcut())
                .orElseThrow(() -> new NotFoundException(
                        "canned response", command.shortcut().value()));
        return work.apply(command.conversation(), conversation -> {
            Operator by = participant(conversation.state(), command.caller(), "post in this conversation");
            MessageBody body = response.body().expand(values(conversation.state(), by), "cannedResponse");
            return conversation.postOperatorMessage(by, body, clock.instant());
        });
    }

    private Map<String, String> values(ConversationState state, Operator operator) {
        String channel =
                channels.find(state.opening().channel()).map(Channel::name).orElse("");
        return Map.of(
                Template.VISITOR_NAME, state.opening().visitor().name(),
                Template.OPERATOR_NAME, operator.name(),
                Template.CHANNEL_NAME, channel);
    }
}
