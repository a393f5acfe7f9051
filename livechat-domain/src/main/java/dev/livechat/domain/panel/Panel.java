package dev.livechat.domain.panel;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Note;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.CountryCode;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.tag.TagName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The information panel beside a conversation (docs/product-rules.md, "The information panel"), in one read. */
public record Panel(
        ConversationId id,
        Channel channel,
        Instant startedAt,
        Optional<Instant> closedAt,
        Optional<ConversationStatus> status,
        Instant statusSince,
        Optional<Outcome> outcome,
        Visitor visitor,
        Optional<Contact> contact,
        List<OperatorRef> operators,
        Optional<Note> note,
        List<TagName> tags,
        List<ChatbotAnswer> chatbotAnswers,
        List<ExpertiseName> expertise,
        Optional<CountryCode> country,
        Optional<LanguageTag> language,
        List<RecentConversation> recentConversations,
        List<Ticket> openTickets,
        Optional<EmailAddress> transcriptEmail,
        Assignment assignment) {}
