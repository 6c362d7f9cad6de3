package cn.zhifa.casefile;

import cn.zhifa.tasks.InboxTask;
import java.util.List;

/** Everything the case workspace shows: the case, parties, handlers, documents, history and open tasks. */
public record CaseFileView(CaseFile caseFile, List<Party> parties, List<Handler> handlers,
        List<CaseDocument> documents, List<StageChange> history, List<InboxTask> openTasks) {
}
