package dev.livechat.domain;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.ConfirmationMailer;
import dev.livechat.domain.port.out.OfflineMessageMailer;
import dev.livechat.domain.port.out.OperatorsPort;
import dev.livechat.domain.port.out.Storage;
import dev.livechat.domain.service.*;
import dev.livechat.domain.transcript.TranscriptDeliveryException;
import dev.livechat.domain.typing.TypingBoard;

/** Every use case over the builder's ports: the wiring behind {@link LiveChat}, plain constructors. */
final class UseCases {
    final StartConversationService start;
    final ConversationService conversations;
    final WaitingConversationsService waiting;
    final InactivityService inactivity;
    final UnansweredConversationsService unanswered;
    final RatingService ratings;
    final TranscriptService transcripts;
    final ConfirmTranscriptService confirmations;
    final OriginsService origins;
    final TranscriptDelivery delivery;
    final ReadService reads;
    final AdminService admin;
    final ParticipationService participations;
    final AttachmentService attachments;
    final CannedResponseService canned;
    final ReadReceiptService receipts;
    final TypingService typing;
    final CachedReads cached;
    final ReceptionService reception;
    final OfflineMessageService offlineMessages;
    final OfflineMessageDelivery offlineDelivery;
    final HistoryService history;
    final PersonalDataService personalData;

    UseCases(LiveChat.Builder b) {
        requireEveryPart(b);
        Storage.Conversations stored = b.conversations;
        ChannelsPort channels = b.catalogue.channels();
        reads = new ReadService(stored, channels, b.contacts, b.tickets, b.reports, b.recent, b.clock, b.transactions);
        cached = reads.cached();
        // the remembered reads forget what changed before the writer is answered, then subscribers hear of it
        ConversationWork work = new ConversationWork(
                stored.load(),
                stored.save(),
                events -> {
                    cached.changed(events);
                    b.publisher.publish(events);
                },
                b.transactions);
        OperatorsPort operators = b.operators.operators();
        waiting = new WaitingConversationsService(
                work, stored.queries(), channels, operators, b.operators.candidates(), b.assignment, b.clock);
        reception = new ReceptionService(channels, b.operators.candidates(), b.clock);
        start = new StartConversationService(
                work, b.catalogue, b.operators, stored.queries(), b.assignment, reception, b.clock);
        offlineMessages = new OfflineMessageService(
                b.offlineMessages,
                channels,
                b.offlineListener,
                new OfflineWebhooks(b.transactions, b.offlineWebhooks),
                b.clock);
        offlineDelivery = new OfflineMessageDelivery(
                b.offlineMessages, channels, offlineMessageMailer(b), b.retry, b.lease, b.clock);
        conversations = new ConversationService(
                work, operators, b.catalogue.tags(), b.catalogue.expertise(), b.outcome, b.clock, waiting);
        canned = new CannedResponseService(work, b.catalogue.cannedResponses(), channels, b.clock);
        receipts = new ReadReceiptService(work, b.clock);
        typing = new TypingService(work, b.typingSignals, new TypingBoard(), b.clock);
        inactivity = new InactivityService(work, stored.queries(), b.outcome, b.clock, waiting);
        unanswered = new UnansweredConversationsService(
                work, stored.queries(), channels, operators, b.operators.candidates(), b.assignment, b.clock);
        ratings = new RatingService(work, b.clock);
        VisitorTranscripts visitorTranscripts = new VisitorTranscripts(
                work,
                b.transcripts,
                b.contacts,
                channels,
                confirmationMailer(b),
                b.confirmationLinks,
                b.visitorLimits,
                b.clock);
        transcripts = new TranscriptService(work, b.transcripts, visitorTranscripts, b.clock);
        confirmations = new ConfirmTranscriptService(work, b.transcripts, b.clock);
        origins = new OriginsService(stored.load(), channels, b.clock);
        delivery = new TranscriptDelivery(
                work, b.transcripts, stored.messages(), channels, b.mailer, b.retry, b.lease, b.clock);
        participations = new ParticipationService(b.participations);
        attachments = new AttachmentService(work, b.attachments, b.attachmentStore, b.attachmentRules, b.clock);
        history = new HistoryService(stored.load(), b.history, b.transactions);
        // the attachments' bytes are wherever their store keeps them: erased through it, after the database's stores
        var personal = new java.util.ArrayList<dev.livechat.domain.port.out.PersonalDataPort>(b.personalData);
        personal.add(new AttachmentsPersonalData(b.attachments, b.attachmentStore));
        personalData = new PersonalDataService(b.people, personal, b.history, cached, b.transactions, b.clock);
        admin = new AdminService(
                operators,
                b.operators.credentials(),
                cached.forgettingOnWrite(channels),
                b.catalogue.expertise(),
                cached.forgettingOnWrite(b.contactStore),
                cached.forgettingOnWrite(b.ticketStore),
                waiting,
                b.clock);
    }

    /** Parts set one by one, without {@code storage(…)}, may leave one out: say which, not a NullPointerException later. */
    private static void requireEveryPart(LiveChat.Builder b) {
        Require.present("storage", b.conversations);
        Require.present("storage: operators", b.operators);
        Require.present("storage: catalogue", b.catalogue);
        Require.present("storage: contacts", b.contacts);
        Require.present("storage: contact store", b.contactStore);
        Require.present("storage: tickets", b.tickets);
        Require.present("storage: ticket store", b.ticketStore);
        Require.present("storage: transcript requests", b.transcripts);
        Require.present("storage: reports", b.reports);
        Require.present("mailer", b.mailer);
    }

    /** Without one, offline mails fail and stay FAILED, visible in the list: the messages themselves are kept. */
    private static OfflineMessageMailer offlineMessageMailer(LiveChat.Builder b) {
        if (b.offlineMailer != null) return b.offlineMailer;
        if (b.mailer instanceof OfflineMessageMailer both) return both;
        return (mail, to) -> {
            throw new TranscriptDeliveryException("no offline message mailer is configured", true, null);
        };
    }

    /** Without one, a visitor's request to an unproven address fails: better than an unconfirmed mail. */
    private static ConfirmationMailer confirmationMailer(LiveChat.Builder b) {
        if (b.confirmationMailer != null) return b.confirmationMailer;
        if (b.mailer instanceof ConfirmationMailer both) return both;
        return confirmation -> {
            throw new TranscriptDeliveryException("no confirmation mailer is configured", true, null);
        };
    }
}
