package dev.livechat.domain.port.out;

import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import java.util.function.Consumer;

/**
 * Every conversation of a range, handed over one by one in start order (then by id), in memory
 * that does not grow with the range: an export of a million conversations must not hold them. The
 * sink may throw (the client went away); the export then stops and the exception goes up.
 */
public interface ExportConversationsPort {
    /** For a storage that cannot export: every export is refused, naming what is missing. */
    ExportConversationsPort NONE = (query, sink) -> {
        throw new UnsupportedOperationException(
                "this storage cannot export conversations: its ReportPort is no ExportConversationsPort");
    };

    void exportConversations(ExportQuery query, Consumer<ExportedConversation> sink);
}
