package dev.livechat.domain.panel;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.conversation.Annotations;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Lifecycle;
import dev.livechat.domain.conversation.OpeningFacts;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.error.Require;
import java.util.List;

/**
 * The information panel beside a conversation (docs/product-rules.md, "The information panel"), in one read.
 *
 * @param opening who the visitor is, where from, the chatbot's answers, when it started
 * @param lifecycle the status and since when, or the outcome and close time
 * @param operators the operators present
 * @param annotations the note, tags, expertise and the visitor's rating, once given
 * @param background what is known of the visitor beyond this conversation
 * @param seen how far the visitor and the operators have read the messages
 */
public record Panel(
        OpeningFacts opening,
        Channel channel,
        Lifecycle lifecycle,
        List<OperatorRef> operators,
        Annotations annotations,
        VisitorBackground background,
        Assignment assignment,
        SeenMarks seen) {

    public Panel {
        operators = List.copyOf(operators);
        Require.present("seen", seen);
    }

    public ConversationId id() {
        return opening.id();
    }
}
