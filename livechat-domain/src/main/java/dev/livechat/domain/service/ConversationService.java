package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.*;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.outcome.OutcomePolicy;
import dev.livechat.domain.port.in.*;
import dev.livechat.domain.port.out.ExpertisePort;
import dev.livechat.domain.port.out.OperatorsPort;
import dev.livechat.domain.port.out.TagsPort;
import dev.livechat.domain.tag.Tag;
import java.time.Clock;
import java.util.List;

/** The use cases that act on one conversation: messages, status, join, transfer, close, and the panel's fields. */
public final class ConversationService
        implements PostVisitorMessageUseCase,
                PostOperatorMessageUseCase,
                ChangeStatusUseCase,
                JoinConversationUseCase,
                TransferConversationUseCase,
                CloseConversationUseCase,
                EditNoteUseCase,
                TagConversationUseCase,
                SetExpertiseUseCase {
    static final int TAG_SUGGESTIONS = 15;

    private final ConversationWork work;
    private final OperatorsPort operators;
    private final TagsPort tags;
    private final ExpertisePort expertise;
    private final OutcomePolicy outcomes;
    private final Clock clock;
    private final AssignWaitingConversationsUseCase waiting;

    public ConversationService(
            ConversationWork work,
            OperatorsPort operators,
            TagsPort tags,
            ExpertisePort expertise,
            OutcomePolicy outcomes,
            Clock clock,
            AssignWaitingConversationsUseCase waiting) {
        this.work = work;
        this.operators = operators;
        this.tags = tags;
        this.expertise = expertise;
        this.outcomes = outcomes;
        this.clock = clock;
        this.waiting = waiting;
    }

    @Override
    public Message postVisitorMessage(PostMessageCommand command) {
        return work.apply(command.conversation(), conversation -> {
            if (!isVisitorOf(conversation.state(), command.caller()))
                throw new AccessDeniedException(command.caller().describe()
                        + " may not post as the visitor of conversation " + command.conversation());
            return conversation.postVisitorMessage(command.body(), clock.instant());
        });
    }

    @Override
    public Message postOperatorMessage(PostMessageCommand command) {
        return work.apply(command.conversation(), conversation -> {
            Operator author = participant(conversation.state(), command.caller(), "post in this conversation");
            return conversation.postOperatorMessage(author, command.body(), clock.instant());
        });
    }

    @Override
    public ConversationState changeStatus(ChangeStatusCommand command) {
        return work.change(command.conversation(), conversation -> {
            Operator by = participantOrManager(conversation.state(), command.caller(), "change the status");
            conversation.changeStatus(command.status(), Caller.actorOf(by), clock.instant());
        });
    }

    @Override
    public ConversationState join(ConversationCommand command) {
        Operator joiner = livechatUser(command.caller(), "join a conversation");
        return work.change(command.conversation(), conversation -> conversation.join(joiner, clock.instant()));
    }

    @Override
    public ConversationState transfer(TransferConversationCommand command) {
        ConversationState after = work.change(command.conversation(), conversation -> {
            Operator from = participant(conversation.state(), command.caller(), "transfer this conversation");
            conversation.transfer(from, operators.require(command.to()), command.leave(), clock.instant());
        });
        if (command.leave()) waiting.assignWaiting();
        return after;
    }

    @Override
    public ConversationState close(ConversationCommand command) {
        ConversationState after = work.change(command.conversation(), conversation -> {
            Actor by = visitorOrParticipant(conversation.state(), command.caller(), "close this conversation");
            conversation.close(by, outcomes, clock.instant());
        });
        waiting.assignWaiting(); // a session ended: capacity may have freed up
        return after;
    }

    @Override
    public ConversationState editNote(EditNoteCommand command) {
        Operator editor = livechatUser(command.caller(), "edit notes");
        return work.change(command.conversation(), c -> c.editNote(command.note(), editor, clock.instant()));
    }

    @Override
    public ConversationState addTag(TagCommand command) {
        Operator by = livechatUser(command.caller(), "tag conversations");
        return work.inUnit(() -> {
            work.load(command.conversation()); // an unknown conversation creates no tag
            Tag tag = tags.findOrCreate(command.tag());
            return work.change(command.conversation(), c -> c.addTag(tag.name(), Caller.actorOf(by), clock.instant()));
        });
    }

    @Override
    public ConversationState removeTag(TagCommand command) {
        Operator by = livechatUser(command.caller(), "tag conversations");
        return work.change(
                command.conversation(), c -> c.removeTag(command.tag(), Caller.actorOf(by), clock.instant()));
    }

    @Override
    public List<Tag> findTags(Caller caller, String prefix) {
        livechatUser(caller, "look up tags");
        return tags.byPrefix(prefix == null ? "" : prefix.strip(), TAG_SUGGESTIONS);
    }

    @Override
    public ConversationState setExpertise(SetExpertiseCommand command) {
        Operator by = livechatUser(command.caller(), "set expertise");
        return work.inUnit(() -> {
            work.load(command.conversation()); // an unknown conversation creates no expertise
            expertise.ensure(command.expertise());
            return work.change(
                    command.conversation(),
                    c -> c.setExpertise(command.expertise(), Caller.actorOf(by), clock.instant()));
        });
    }
}
