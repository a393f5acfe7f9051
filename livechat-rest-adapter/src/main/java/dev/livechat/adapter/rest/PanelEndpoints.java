package dev.livechat.adapter.rest;

import dev.livechat.adapter.rest.AdminViews.TagView;
import dev.livechat.adapter.rest.AdminViews.TranscriptView;
import dev.livechat.adapter.rest.Views.ConversationView;
import dev.livechat.adapter.rest.Views.SummaryView;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.panel.ConversationFilter;
import dev.livechat.domain.panel.Panel;
import dev.livechat.domain.panel.ReadCache;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.EditNoteCommand;
import dev.livechat.domain.port.in.ListConversationsCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.SetExpertiseCommand;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.tag.TagName;
import dev.livechat.domain.transcript.IdempotencyKey;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/** The information panel and what it edits (note, tags, expertise, transcript), and the lists. */
final class PanelEndpoints {
    private static final int DEFAULT_LIST_LIMIT = 100;

    /**
     * A panel the domain answered, by identity: it answers the very same instance until the panel
     * changes or its remembered read expires, so that instance's JSON can be written once. Never by
     * value (a panel's deep equality costs more than writing it).
     */
    private record SamePanel(Panel panel) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SamePanel same && same.panel == panel;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(panel);
        }
    }

    /** A list with its JSON: viewers of the same help queue with the same stars get equal lists, written once. */
    private record RenderedList(List<SummaryView> views, byte[] json) {}

    private final LiveChat chat;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;
    private final RateLimiter limits;
    /** Kept as long as the domain keeps the panel (its time to live), not per conversation ever shown. */
    private final ReadCache<SamePanel, byte[]> rendered = new ReadCache<>(Clock.systemUTC());

    private final AtomicReference<RenderedList> lastHelpQueue = new AtomicReference<>();

    PanelEndpoints(LiveChat chat, Authenticator auth, Bodies bodies, Responses out, RateLimiter limits) {
        this.chat = chat;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
        this.limits = limits;
    }

    void panel(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        out.written(ctx, 200, json(chat.panel().panel(new ConversationCommand(caller, id))));
    }

    /** Written once per panel: the same instance again is the same JSON. */
    private byte[] json(Panel panel) {
        return rendered.get(new SamePanel(panel), () -> out.bytes(PanelView.of(panel)));
    }

    void editNote(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        String note = bodies.read(ctx, Requests.EditNote.class).note();
        if (note == null) throw ApiProblem.badRequest("note", "is required (an empty string clears it)");
        out.ok(ctx, ConversationView.of(chat.editNote().editNote(new EditNoteCommand(caller, id, note))));
    }

    void addTag(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        TagName tag = Input.one("name", bodies.read(ctx, Requests.AddTag.class).name(), TagName::of);
        out.ok(ctx, ConversationView.of(chat.tags().addTag(new TagCommand(caller, id, tag))));
    }

    /** Idempotent: removing a tag the conversation does not carry changes nothing. */
    void removeTag(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        TagName tag = Input.one("name", ctx.pathParam("name"), TagName::of);
        out.ok(ctx, ConversationView.of(chat.tags().removeTag(new TagCommand(caller, id, tag))));
    }

    void setExpertise(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        var names = bodies.read(ctx, Requests.SetExpertise.class).names();
        if (names == null) throw ApiProblem.badRequest("names", "is required (an empty array clears it)");
        Input in = new Input();
        var expertise = in.each("names", names, ExpertiseName::of);
        in.check();
        out.ok(
                ctx,
                ConversationView.of(chat.setExpertise().setExpertise(new SetExpertiseCommand(caller, id, expertise))));
    }

    void requestTranscript(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        Input in = new Input();
        var key = in.optional("Idempotency-Key", ctx.header("Idempotency-Key"), IdempotencyKey::new);
        var email = in.required(
                "email", bodies.read(ctx, Requests.SendTranscript.class).email(), EmailAddress::of);
        in.check();
        if (caller instanceof Caller.Visitor visitor)
            limits.transcriptRequest(visitor.conversation().value());
        var request = chat.transcripts().requestTranscript(new RequestTranscriptCommand(caller, id, email, key));
        out.json(ctx, 202, TranscriptView.of(request));
    }

    /** The link of a confirmation mail: no token header, the link's own token proves the mailbox. */
    void confirmTranscript(Context ctx) {
        String token = Params.query(ctx, "token").orElse(null);
        TranscriptConfirmationPage.answer(ctx, chat.confirmTranscript().confirmTranscript(token), out);
    }

    void transcripts(Context ctx) {
        Caller caller = auth.require(ctx);
        ConversationId id = Params.conversation(ctx);
        var requests = chat.transcripts().transcriptRequests(new ConversationCommand(caller, id));
        out.ok(ctx, requests.stream().map(TranscriptView::of).toList());
    }

    /** {@code status=LOOKING_FOR_HELP} is the help queue across every channel, oldest request first. */
    void list(Context ctx) {
        Caller caller = auth.require(ctx);
        Input in = new Input();
        var status = Params.query(ctx, "status").flatMap(raw -> in.optional("status", raw, PanelEndpoints::status));
        var channel = Params.query(ctx, "channelId").flatMap(raw -> in.optional("channelId", raw, ChannelId::of));
        var from = Params.query(ctx, "from").flatMap(raw -> in.optional("from", raw, Input::instant));
        var to = Params.query(ctx, "to").flatMap(raw -> in.optional("to", raw, Input::instant));
        var expertise = Params.query(ctx, "expertise").flatMap(raw -> in.optional("expertise", raw, ExpertiseName::of));
        in.check();
        int limit = Params.limit(ctx, DEFAULT_LIST_LIMIT, ConversationFilter.MAX_LIMIT);
        var command = new ListConversationsCommand(caller, status, channel, from, to, expertise, limit);
        List<SummaryView> views =
                chat.list().list(command).stream().map(SummaryView::of).toList();
        if (!command.wholeHelpQueue()) {
            out.ok(ctx, views);
            return;
        }
        RenderedList last = lastHelpQueue.get();
        if (last == null || !last.views().equals(views)) {
            last = new RenderedList(views, out.bytes(views));
            lastHelpQueue.set(last);
        }
        out.written(ctx, 200, last.json());
    }

    void tags(Context ctx) {
        Caller caller = auth.require(ctx);
        String prefix = Params.query(ctx, "prefix").orElse("");
        out.ok(
                ctx,
                chat.tags().findTags(caller, prefix).stream().map(TagView::of).toList());
    }

    private static ConversationStatus status(String raw) {
        try {
            return ConversationStatus.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "status",
                    "'" + raw + "' is not one of "
                            + Arrays.stream(ConversationStatus.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
