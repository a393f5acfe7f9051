package dev.livechat.adapter.rest;

import static dev.livechat.adapter.rest.Views.sorted;
import static dev.livechat.adapter.rest.Views.text;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.contact.TicketStatus;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.report.ReportRow;
import dev.livechat.domain.tag.Tag;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Instant;
import java.util.List;

/** Users, channels, the directories, reports, tags and transcript requests in JSON. */
final class AdminViews {
    private AdminViews() {}

    /** A user; {@code token} only in the answer that created it (the token is never stored). */
    record UserView(
            String id,
            String name,
            String email,
            Role role,
            Presence presence,
            String mainLanguage,
            List<String> languages,
            String country,
            List<String> expertise,
            List<String> channels,
            Instant createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String token) {
        static UserView of(Operator o) {
            return withToken(o, null);
        }

        static UserView withToken(Operator o, String token) {
            return new UserView(
                    o.id().value(),
                    o.name(),
                    o.email().value(),
                    o.role(),
                    o.presence(),
                    o.mainLanguage().value(),
                    sorted(o.languages()),
                    text(o.country()),
                    sorted(o.expertise()),
                    sorted(o.channels()),
                    o.createdAt(),
                    token);
        }
    }

    /**
     * {@code maxSessionsPerOperator} null means unlimited; {@code identityVerification}: whether the
     * channel has an identity secret (never the secret itself).
     */
    record ChannelView(
            String id,
            String name,
            Integer maxSessionsPerOperator,
            List<String> allowedOrigins,
            boolean identityVerification,
            Long reassignAfterSeconds,
            ReceptionViews.BusinessHoursView businessHours,
            boolean closedWithoutOperators,
            String email) {
        static ChannelView of(Channel c) {
            var max = c.cap().max();
            return new ChannelView(
                    c.id().value(),
                    c.name(),
                    max.isPresent() ? max.getAsInt() : null,
                    sorted(c.allowedOrigins()),
                    c.identitySecret().isPresent(),
                    c.reassignAfter().seconds().orElse(null),
                    c.reception()
                            .businessHours()
                            .map(ReceptionViews.BusinessHoursView::of)
                            .orElse(null),
                    c.reception().closedWithoutOperators(),
                    c.reception().email().map(e -> e.value()).orElse(null));
        }
    }

    /** The only answer that ever holds a channel's identity secret. */
    record IdentitySecretView(String channelId, String secret) {}

    record LinkView(String label, String url) {}

    record ContactView(String id, String name, String email, String phone, List<LinkView> links) {
        static ContactView of(Contact c) {
            return new ContactView(
                    c.id().value(),
                    c.name(),
                    text(c.email()),
                    c.phone().orElse(null),
                    c.links().stream()
                            .map(l -> new LinkView(l.label(), l.url().value()))
                            .toList());
        }
    }

    record TicketView(String id, String contactId, String reference, String title, TicketStatus status, String url) {
        static TicketView of(Ticket t) {
            return new TicketView(
                    t.id().value(),
                    t.contact().value(),
                    t.reference(),
                    t.title(),
                    t.status(),
                    t.url().value());
        }
    }

    /** {@code avgFirstResponseSeconds} null when no conversation of the group had an operator reply. */
    record ReportRowView(
            String key,
            long count,
            double avgDurationSeconds,
            Double avgFirstResponseSeconds,
            double avgMessages,
            Double avgRating) {
        static ReportRowView of(ReportRow r) {
            return new ReportRowView(
                    r.key(),
                    r.count(),
                    r.avgDurationSeconds(),
                    r.avgFirstResponseSeconds().orElse(null),
                    r.avgMessages(),
                    r.avgRating().orElse(null));
        }
    }

    record TagView(String name, String colour) {
        static TagView of(Tag t) {
            return new TagView(t.name().value(), t.colour());
        }
    }

    record TranscriptView(
            String requestId,
            String conversationId,
            String email,
            TranscriptState state,
            int attempts,
            String lastError,
            String requestedBy,
            Instant requestedAt,
            Instant sentAt,
            Instant confirmationExpiresAt) {
        static TranscriptView of(TranscriptRequest r) {
            return new TranscriptView(
                    r.id().value(),
                    r.conversation().value(),
                    r.to().value(),
                    r.state(),
                    r.attempts(),
                    r.lastError().orElse(null),
                    r.requestedBy(),
                    r.requestedAt(),
                    r.sentAt().orElse(null),
                    r.state() == TranscriptState.AWAITING_CONFIRMATION
                            ? r.confirmation().get().expiresAt()
                            : null);
        }
    }
}
