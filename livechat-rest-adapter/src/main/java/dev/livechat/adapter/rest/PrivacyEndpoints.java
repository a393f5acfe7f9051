package dev.livechat.adapter.rest;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.privacy.DataSubject;
import dev.livechat.domain.privacy.Erasure;
import dev.livechat.domain.privacy.PersonalDataExport;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A person's data: export and erasure, for managers; the domain checks the role. */
final class PrivacyEndpoints {
    /** The body of an erasure: one of the two. */
    record Subject(String email, String contactId) {}

    private final LiveChat chat;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;

    PrivacyEndpoints(LiveChat chat, Authenticator auth, Bodies bodies, Responses out) {
        this.chat = chat;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
    }

    void export(Context ctx) {
        Caller caller = auth.require(ctx);
        DataSubject subject = subject(
                Params.query(ctx, "email").orElse(null),
                Params.query(ctx, "contactId").orElse(null));
        out.ok(ctx, view(chat.personalData().export(caller, subject)));
    }

    void erase(Context ctx) {
        Caller caller = auth.require(ctx);
        Subject body = bodies.read(ctx, Subject.class);
        DataSubject subject = subject(body.email(), body.contactId());
        out.ok(ctx, view(chat.personalData().erase(caller, subject)));
    }

    /** Exactly one of the two, each valid; a 400 names the field (both, when both or neither are given). */
    static DataSubject subject(String email, String contactId) {
        Input in = new Input();
        if ((email == null) == (contactId == null)) {
            String why = email == null ? "give email or contactId" : "give email or contactId, not both";
            in.error("email", why);
            in.error("contactId", why);
            in.check();
        }
        Optional<EmailAddress> byEmail = in.optional("email", email, EmailAddress::of);
        Optional<ContactId> byContact = in.optional("contactId", contactId, ContactId::of);
        in.check();
        return new DataSubject(byEmail, byContact);
    }

    private static Map<String, Object> view(PersonalDataExport export) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subject", subject(export.subject()));
        view.put("exportedAt", export.exportedAt().toString());
        view.putAll(export.sections());
        return view;
    }

    private static Map<String, Object> view(Erasure erasure) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subject", subject(erasure.subject()));
        view.put("erasedAt", erasure.at().toString());
        view.put("conversations", erasure.conversations());
        view.put("rows", erasure.rows());
        view.put("rowsByStore", erasure.rowsByStore());
        return view;
    }

    private static Map<String, Object> subject(DataSubject subject) {
        Map<String, Object> view = new LinkedHashMap<>();
        subject.email().ifPresent(e -> view.put("email", e.value()));
        subject.contact().ifPresent(c -> view.put("contactId", c.value()));
        return view;
    }
}
