package dev.livechat.adapter.rest;

import dev.livechat.domain.contact.TicketStatus;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import java.util.List;

/**
 * The request bodies, as JSON reads them: plain values, checked for shape by Jackson (unknown
 * properties, wrong types, unknown enum values are 400s) and for meaning by the domain's value
 * objects when the endpoints convert them.
 */
final class Requests {
    private Requests() {}

    record Start(String channelId, VisitorPart visitor, String country, Chatbot chatbot, String message) {}

    /**
     * {@code key}: a returning guest's stable browser key, so that recent conversations find each
     * other. {@code contactIdHash} and {@code keyHash}: hex HMAC-SHA256 of each under the channel's
     * identity secret, required with them.
     */
    record VisitorPart(
            String name,
            String email,
            String timeZone,
            String contactId,
            String key,
            String contactIdHash,
            String keyHash) {}

    record Chatbot(List<Answer> answers, List<String> expertise) {}

    record Answer(String question, String answer) {}

    /** {@code body}, or {@code cannedResponse}: the shortcut of a canned response to post, expanded. */
    record PostMessage(String body, String cannedResponse) {}

    record CannedResponse(String body) {}

    record Typing(Boolean typing) {}

    record Seen(Long seq) {}

    record Rate(Integer score, String comment) {}

    record ChangeStatus(ConversationStatus status) {}

    record Transfer(String operatorId, Boolean leave) {}

    record EditNote(String note) {}

    record AddTag(String name) {}

    record SetExpertise(List<String> names) {}

    record SendTranscript(String email) {}

    record User(
            String name,
            String email,
            Role role,
            String mainLanguage,
            List<String> languages,
            String country,
            List<String> expertise,
            List<String> channels) {}

    record ChangePresence(Presence presence) {}

    record NewChannel(
            String name,
            Integer maxSessionsPerOperator,
            List<String> allowedOrigins,
            Long reassignAfterSeconds,
            BusinessHours businessHours,
            Boolean closedWithoutOperators,
            String email) {}

    record BusinessHours(String timeZone, List<Opening> weekly, List<String> closedOn) {}

    record Opening(String day, String from, String to) {}

    record OfflineMessage(String name, String email, String message) {}

    record Contact(String name, String email, String phone, List<Link> links) {}

    record Link(String label, String url) {}

    record Ticket(String contactId, String reference, String title, TicketStatus status, String url) {}
}
