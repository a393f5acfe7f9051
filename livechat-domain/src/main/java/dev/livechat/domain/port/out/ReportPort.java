package dev.livechat.domain.port.out;

import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import java.util.List;

/** Aggregates over closed conversations, computed where the data is (in SQL for the database adapter). */
public interface ReportPort {
    List<ReportRow> report(ReportQuery query);
}
