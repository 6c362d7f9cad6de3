package cn.zhifa.casefile;

import cn.zhifa.calendar.Surcharge;
import cn.zhifa.tasks.InboxTask;
import java.util.List;

/**
 * Everything the case workspace shows: the case, parties, handlers, documents, history, open tasks, the statutory
 * deadlines with pauses and extensions, evidence preservations, and the late-payment surcharge (null when none).
 */
public record CaseFileView(CaseFile caseFile, List<Party> parties, List<Handler> handlers,
        List<CaseDocument> documents, List<StageChange> history, List<InboxTask> openTasks,
        List<CaseDeadline> deadlines, List<ClockEvent> clockEvents, List<Preservation> preservations,
        Surcharge.Result surcharge) {
}
