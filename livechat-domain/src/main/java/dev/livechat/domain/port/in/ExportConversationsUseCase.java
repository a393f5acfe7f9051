package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import java.util.function.Consumer;

/**
 * Managers' export of the conversations of a range, one row per conversation, streamed to the
 * sink in start order. The caller is checked before the first row is read.
 */
public interface ExportConversationsUseCase {
    void export(Caller caller, ExportQuery query, Consumer<ExportedConversation> sink);
}
