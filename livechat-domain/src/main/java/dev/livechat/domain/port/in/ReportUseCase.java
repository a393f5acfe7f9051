package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import java.util.List;
import java.util.function.Consumer;

/** Managers' reports over closed conversations, and the export of conversations row by row. */
public interface ReportUseCase {
    List<ReportRow> report(Caller caller, ReportQuery query);

    /**
     * Every conversation started in the range, one row each, streamed to the sink in start order
     * (then by id). The caller is checked before the first row is read. The rows come from the
     * storage's {@code ReportPort} when it is also an {@code ExportConversationsPort} (the
     * persistence adapter's and the in-memory fixtures' are); otherwise every export is refused.
     */
    void export(Caller caller, ExportQuery query, Consumer<ExportedConversation> sink);
}
