package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.*;
import dev.livechat.domain.report.ExportQuery;
import dev.livechat.domain.report.ExportedConversation;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import java.util.List;
import java.util.function.Consumer;

/** Reports over the closed conversations, computed in SQL, and the export of conversations page by page. */
public final class JpaReports implements ReportPort, ExportConversationsPort {
    private final Database db;
    private final ExportQueries exports;

    JpaReports(Database db) {
        this(db, ExportQueries.PAGE);
    }

    JpaReports(Database db, int exportPage) {
        this.db = db;
        this.exports = new ExportQueries(db, exportPage);
    }

    @Override
    public void exportConversations(ExportQuery query, Consumer<ExportedConversation> sink) {
        exports.export(query, sink);
    }

    @Override
    public List<ReportRow> report(ReportQuery query) {
        return db.transaction(s -> ReportQueries.report(s, query));
    }
}
