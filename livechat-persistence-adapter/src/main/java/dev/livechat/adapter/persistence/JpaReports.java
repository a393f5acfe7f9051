package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.*;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import java.util.List;

/** Reports over the closed conversations, computed in SQL. */
public final class JpaReports implements ReportPort {
    private final Database db;

    JpaReports(Database db) {
        this.db = db;
    }

    @Override
    public List<ReportRow> report(ReportQuery query) {
        return db.transaction(s -> ReportQueries.report(s, query));
    }
}
