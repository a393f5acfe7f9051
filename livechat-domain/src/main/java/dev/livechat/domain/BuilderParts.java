package dev.livechat.domain;

import dev.livechat.domain.assignment.AssignmentPolicy;
import dev.livechat.domain.assignment.DefaultAssignmentPolicy;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import dev.livechat.domain.outcome.OutcomePolicy;
import dev.livechat.domain.panel.RecentWindow;
import dev.livechat.domain.port.out.*;
import dev.livechat.domain.transcript.ConfirmationLinks;
import dev.livechat.domain.transcript.RetrySchedule;
import dev.livechat.domain.transcript.VisitorTranscriptLimits;
import java.time.Clock;
import java.time.Duration;

/**
 * What {@link LiveChat.Builder} collects, with the defaults of the optional parts: kept apart from
 * the builder's setters so that each file stays short. {@link UseCases} reads them.
 */
abstract class BuilderParts extends ReceptionSettings {
    Storage.Conversations conversations;
    Storage.Operators operators;
    Storage.Catalogue catalogue;
    ContactDirectory contacts;
    ContactStore contactStore;
    TicketDirectory tickets;
    TicketStore ticketStore;
    TranscriptRequestsPort transcripts;
    ReportPort reports;
    TranscriptMailer mailer;
    ConfirmationMailer confirmationMailer;
    ConfirmationLinks confirmationLinks =
            ConfirmationLinks.under(java.net.URI.create("http://127.0.0.1:8080"), "/api/v1/transcripts/confirm");
    VisitorTranscriptLimits visitorLimits = VisitorTranscriptLimits.byDefault();
    PublishEventsPort publisher = records -> {};
    TypingSignalsPort typingSignals = TypingSignalsPort.NONE;
    TransactionPort transactions = TransactionPort.NONE;
    FindParticipationsPort participations = FindParticipationsPort.NONE;
    AssignmentPolicy assignment = new DefaultAssignmentPolicy();
    OutcomePolicy outcome = new DefaultOutcomePolicy();
    RecentWindow recent = RecentWindow.byDefault();
    RetrySchedule retry = RetrySchedule.byDefault();
    Duration lease = Duration.ofMinutes(5);
    Clock clock = Clock.systemUTC();
}
