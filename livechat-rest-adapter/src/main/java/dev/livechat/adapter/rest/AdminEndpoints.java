package dev.livechat.adapter.rest;

import dev.livechat.adapter.rest.AdminViews.ChannelView;
import dev.livechat.adapter.rest.AdminViews.ContactView;
import dev.livechat.adapter.rest.AdminViews.ReportRowView;
import dev.livechat.adapter.rest.AdminViews.TicketView;
import dev.livechat.adapter.rest.AdminViews.UserView;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.Origin;
import dev.livechat.domain.channel.ReassignAfter;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.ContactLink;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.contact.TicketId;
import dev.livechat.domain.contact.WebLink;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.report.ReportGrouping;
import dev.livechat.domain.report.ReportQuery;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The manager's calls: users, channels, contacts, tickets, reports. The domain checks the role. */
final class AdminEndpoints {
    /** The most rows a report by day may have: ten years of days. */
    static final int MAX_DAY_BUCKETS = 3_653;

    private final LiveChat chat;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;

    AdminEndpoints(LiveChat chat, Authenticator auth, Bodies bodies, Responses out) {
        this.chat = chat;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
    }

    /** The only answer that ever holds the user's token. */
    void createUser(Context ctx) {
        Caller caller = auth.require(ctx);
        var profile = UserProfiles.create(bodies.read(ctx, Requests.User.class));
        var created = chat.users().createUser(caller, profile);
        out.json(ctx, 201, UserView.withToken(created.user(), created.token()));
    }

    void users(Context ctx) {
        Caller caller = auth.require(ctx);
        out.ok(ctx, chat.users().users(caller).stream().map(UserView::of).toList());
    }

    void user(Context ctx) {
        Caller caller = auth.require(ctx);
        out.ok(ctx, UserView.of(chat.users().user(caller, Params.user(ctx))));
    }

    void updateUser(Context ctx) {
        Caller caller = auth.require(ctx);
        UserId id = Params.user(ctx);
        var patch = bodies.readBody(ctx, Requests.User.class);
        var current = chat.users().user(caller, id);
        out.ok(ctx, UserView.of(chat.users().updateUser(caller, id, UserProfiles.merge(current, patch))));
    }

    /** {@code maxSessionsPerOperator}: absent is the default (10), null is unlimited. */
    void createChannel(Context ctx) {
        Caller caller = auth.require(ctx);
        var body = bodies.readBody(ctx, Requests.NewChannel.class);
        String name = Input.one("name", body.value().name(), Input::text);
        Integer max = body.value().maxSessionsPerOperator();
        SessionCap cap = !body.has("maxSessionsPerOperator")
                ? SessionCap.byDefault()
                : max == null ? SessionCap.unlimited() : SessionCap.of(max);
        Set<Origin> origins = origins(body.value().allowedOrigins());
        ReassignAfter reassignAfter = ReassignAfter.ofSeconds(body.value().reassignAfterSeconds());
        var reception = ReceptionInput.forNewChannel(body);
        out.json(
                ctx,
                201,
                ChannelView.of(chat.channels().createChannel(caller, name, cap, origins, reassignAfter, reception)));
    }

    /**
     * Only the members present change; {@code maxSessionsPerOperator: null} is unlimited,
     * {@code reassignAfterSeconds: null} turns the hand-on off.
     */
    void reviseChannel(Context ctx) {
        Caller caller = auth.require(ctx);
        ChannelId id = Input.one("id", ctx.pathParam("id"), ChannelId::of);
        var body = bodies.readBody(ctx, Requests.NewChannel.class);
        Optional<String> name =
                body.has("name") ? Optional.of(Input.one("name", body.value().name(), Input::text)) : Optional.empty();
        Integer max = body.value().maxSessionsPerOperator();
        Optional<SessionCap> cap = !body.has("maxSessionsPerOperator")
                ? Optional.empty()
                : Optional.of(max == null ? SessionCap.unlimited() : SessionCap.of(max));
        Optional<Set<Origin>> origins =
                body.has("allowedOrigins") ? Optional.of(origins(body.value().allowedOrigins())) : Optional.empty();
        Optional<ReassignAfter> reassignAfter = body.has("reassignAfterSeconds")
                ? Optional.of(ReassignAfter.ofSeconds(body.value().reassignAfterSeconds()))
                : Optional.empty();
        var reception = ReceptionInput.change(body);
        out.ok(
                ctx,
                ChannelView.of(
                        chat.channels().reviseChannel(caller, id, name, cap, origins, reassignAfter, reception)));
    }

    /** The secret is in this answer only: the website's server keeps it to sign its visitors. */
    void rotateIdentitySecret(Context ctx) {
        Caller caller = auth.require(ctx);
        ChannelId id = Input.one("id", ctx.pathParam("id"), ChannelId::of);
        var secret = chat.channels().rotateIdentitySecret(caller, id);
        ctx.header("Cache-Control", "no-store");
        out.json(ctx, 201, new AdminViews.IdentitySecretView(id.value(), secret.value()));
    }

    private static Set<Origin> origins(List<String> raw) {
        if (raw == null) return Set.of();
        Input in = new Input();
        Set<Origin> origins = new java.util.LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            Origin origin = in.required("allowedOrigins[" + i + "]", raw.get(i), Origin::of);
            if (origin != null) origins.add(origin);
        }
        in.check();
        return origins;
    }

    void channels(Context ctx) {
        Caller caller = auth.require(ctx);
        out.ok(
                ctx,
                chat.channels().channels(caller).stream().map(ChannelView::of).toList());
    }

    void putContact(Context ctx) {
        Caller caller = auth.require(ctx);
        Requests.Contact body = bodies.read(ctx, Requests.Contact.class);
        Input in = new Input();
        ContactId id = in.required("id", ctx.pathParam("id"), ContactId::of);
        String name = in.required("name", body.name(), Input::text);
        var email = in.optional("email", body.email(), EmailAddress::of);
        var phone = in.optional("phone", body.phone(), Input::text);
        List<ContactLink> links = links(in, body.links());
        in.check();
        Contact contact = in.nested("", () -> new Contact(id, name, email, phone, links));
        in.check();
        out.ok(ctx, ContactView.of(chat.directory().upsertContact(caller, contact)));
    }

    void putTicket(Context ctx) {
        Caller caller = auth.require(ctx);
        Requests.Ticket body = bodies.read(ctx, Requests.Ticket.class);
        Input in = new Input();
        TicketId id = in.required("id", ctx.pathParam("id"), TicketId::of);
        ContactId contact = in.required("contactId", body.contactId(), ContactId::of);
        String reference = in.required("reference", body.reference(), Input::text);
        String title = in.required("title", body.title(), Input::text);
        if (body.status() == null) in.error("status", "is required");
        WebLink url = in.required("url", body.url(), WebLink::of);
        in.check();
        Ticket ticket = new Ticket(id, contact, reference, title, body.status(), url);
        out.ok(ctx, TicketView.of(chat.directory().upsertTicket(caller, ticket)));
    }

    void report(Context ctx) {
        Caller caller = auth.require(ctx);
        Input in = new Input();
        var groupBy = in.required("groupBy", Params.query(ctx, "groupBy").orElse(null), ReportGrouping::parse);
        var from = in.required("from", Params.query(ctx, "from").orElse(null), Input::instant);
        var to = in.required("to", Params.query(ctx, "to").orElse(null), Input::instant);
        Optional<ChannelId> channel =
                Params.query(ctx, "channelId").flatMap(raw -> in.optional("channelId", raw, ChannelId::of));
        in.check();
        long days = Duration.between(from, to).toDays();
        if (groupBy == ReportGrouping.DAY && days > MAX_DAY_BUCKETS)
            throw ApiProblem.badRequest(
                    "to",
                    "a report by day covers at most " + MAX_DAY_BUCKETS + " days (ten years); from " + from + " to "
                            + to + " is " + days + " days");
        var rows = chat.reports().report(caller, new ReportQuery(groupBy, from, to, channel));
        out.ok(ctx, rows.stream().map(ReportRowView::of).toList());
    }

    private static List<ContactLink> links(Input in, List<Requests.Link> raw) {
        List<ContactLink> links = new ArrayList<>();
        if (raw == null) return links;
        for (int i = 0; i < raw.size(); i++) {
            Requests.Link link = raw.get(i);
            String at = "links[" + i + "]";
            if (link == null) {
                in.error(at, "is required");
                continue;
            }
            WebLink url = in.required(at + ".url", link.url(), WebLink::of);
            String label = in.required(at + ".label", link.label(), Input::text);
            if (url != null && label != null) links.add(in.nested(at, () -> new ContactLink(label, url)));
        }
        return links;
    }
}
