package dev.livechat.domain.access;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;

/**
 * docs/product-rules.md, "Permissions", as functions: each returns who acts, or refuses with
 * {@link AccessDeniedException} naming the caller and what it may not do. Services call them
 * before the aggregate's verb, whichever adapter called the service.
 */
public final class ConversationPermissions {
    private ConversationPermissions() {}

    /** Operators and managers; refuses visitors and users without live chat access. */
    public static Operator livechatUser(Caller caller, String action) {
        if (caller instanceof Caller.User u && u.user().hasLivechatAccess()) return u.user();
        throw denied(caller, action, "live chat access is needed");
    }

    public static Operator manager(Caller caller, String action) {
        if (caller instanceof Caller.User u && u.user().role() == Role.LIVECHAT_MANAGER) return u.user();
        throw denied(caller, action, "the LIVECHAT_MANAGER role is needed");
    }

    /** An operator taking part in the conversation. */
    public static Operator participant(ConversationState conversation, Caller caller, String action) {
        Operator user = livechatUser(caller, action);
        if (conversation.participants().takesPart(user.id())) return user;
        throw denied(caller, action, "only an operator taking part in conversation " + conversation.id() + " may");
    }

    /** An operator taking part, or a manager. */
    public static Operator participantOrManager(ConversationState conversation, Caller caller, String action) {
        Operator user = livechatUser(caller, action);
        if (user.role() == Role.LIVECHAT_MANAGER || conversation.participants().takesPart(user.id())) return user;
        throw denied(
                caller,
                action,
                "only an operator taking part in conversation " + conversation.id() + " or a manager may");
    }

    /** The conversation's own visitor, or an operator taking part (posting, closing). */
    public static Actor visitorOrParticipant(ConversationState conversation, Caller caller, String action) {
        if (isVisitorOf(conversation, caller))
            return Actor.visitor(conversation.opening().visitor().name());
        return Caller.actorOf(participant(conversation, caller, action));
    }

    /** The conversation's own visitor, or any live chat user (reading messages). */
    public static void reader(ConversationState conversation, Caller caller, String action) {
        if (!isVisitorOf(conversation, caller)) livechatUser(caller, action);
    }

    public static boolean isVisitorOf(ConversationState conversation, Caller caller) {
        return caller instanceof Caller.Visitor v && v.conversation().equals(conversation.id());
    }

    public static void system(Caller caller, String action) {
        if (!(caller instanceof Caller.System)) throw denied(caller, action, "only the service itself may");
    }

    private static AccessDeniedException denied(Caller caller, String action, String why) {
        return new AccessDeniedException(caller.describe() + " may not " + action + ": " + why);
    }
}
