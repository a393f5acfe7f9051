package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.manager;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.port.in.ExportConversationsUseCase;
import dev.livechat.domain.port.out.ExportConversationsPort;
import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import java.util.Objects;
import java.util.function.Consumer;

/** The export, for managers: the role is checked first, then the storage streams the rows. */
public final class ExportService implements ExportConversationsUseCase {
    private final ExportConversationsPort exports;

    public ExportService(ExportConversationsPort exports) {
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    @Override
    public void export(Caller caller, ExportQuery query, Consumer<ExportedConversation> sink) {
        manager(caller, "export conversations");
        exports.exportConversations(query, sink);
    }
}
