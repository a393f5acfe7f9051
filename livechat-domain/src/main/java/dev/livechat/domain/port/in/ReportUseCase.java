package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.report.ReportRow;
import java.util.List;

/** Managers' reports over closed conversations. */
public interface ReportUseCase {
    List<ReportRow> report(Caller caller, ReportQuery query);
}
