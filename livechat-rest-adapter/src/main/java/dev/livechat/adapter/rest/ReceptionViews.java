package dev.livechat.adapter.rest;

import dev.livechat.domain.hours.Availability;
import dev.livechat.domain.hours.BusinessHours;
import dev.livechat.domain.offline.OfflineMessage;
import java.time.LocalDate;
import java.util.List;

/** What the business hours, availability and offline message calls answer. */
final class ReceptionViews {
    private ReceptionViews() {}

    record OpeningView(String day, String from, String to) {}

    record BusinessHoursView(String timeZone, List<OpeningView> weekly, List<String> closedOn) {
        static BusinessHoursView of(BusinessHours h) {
            return new BusinessHoursView(
                    h.timeZone().getId(),
                    h.weekly().stream()
                            .map(w -> new OpeningView(w.day().name(), w.from().toString(), w.to().toString()))
                            .toList(),
                    h.closedOn().stream().map(LocalDate::toString).toList());
        }
    }

    record AvailabilityView(
            boolean open, boolean operatorsAvailable, boolean acceptsConversations, String nextOpening) {
        static AvailabilityView of(Availability a) {
            return new AvailabilityView(
                    a.open(),
                    a.operatorsAvailable(),
                    a.acceptsConversations(),
                    a.nextOpening().map(Object::toString).orElse(null));
        }
    }

    /** What the visitor learns: that it was kept, and nothing of the channel's address. */
    record ReceivedView(String id, String channelId, String receivedAt) {
        static ReceivedView of(OfflineMessage m) {
            return new ReceivedView(
                    m.id().value(), m.channel().value(), m.receivedAt().toString());
        }
    }

    record MailView(String state, String to, int attempts, String lastError, String sentAt) {}

    record OfflineMessageView(
            String id,
            String channelId,
            String name,
            String email,
            String message,
            String receivedAt,
            String state,
            Views.OperatorView handledBy,
            String handledAt,
            MailView mail) {
        static OfflineMessageView of(OfflineMessage m) {
            var mail = m.mail();
            return new OfflineMessageView(
                    m.id().value(),
                    m.channel().value(),
                    m.name(),
                    m.email().value(),
                    m.text(),
                    m.receivedAt().toString(),
                    m.state().name(),
                    m.handling()
                            .map(h -> new Views.OperatorView(h.by().value(), h.byName()))
                            .orElse(null),
                    m.handling().map(h -> h.at().toString()).orElse(null),
                    new MailView(
                            mail.state().name(),
                            mail.to().map(e -> e.value()).orElse(null),
                            mail.attempts(),
                            mail.lastError().orElse(null),
                            mail.sentAt().map(Object::toString).orElse(null)));
        }
    }
}
