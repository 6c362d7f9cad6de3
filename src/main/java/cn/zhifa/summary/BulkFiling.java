package cn.zhifa.summary;

import cn.zhifa.organization.Actor;
import cn.zhifa.summary.process.SummaryProcedure;
import cn.zhifa.tasks.BulkTaskAction;
import cn.zhifa.tasks.InboxTask;
import org.springframework.stereotype.Component;

/**
 * 批量备案: summary decisions filed for the record together — the same act on many cases, each through
 * {@link SummaryProcedureService#fileRecord} (its rights, its late flag, its record entry, its own transaction).
 */
@Component
class BulkFiling implements BulkTaskAction {

    private final SummaryProcedureService summaries;

    BulkFiling(SummaryProcedureService summaries) {
        this.summaries = summaries;
    }

    @Override
    public String id() {
        return "SUMMARY_FILE_RECORD";
    }

    @Override
    public String labelKey() {
        return "tasks.bulk.SUMMARY_FILE_RECORD";
    }

    @Override
    public boolean applies(Actor actor, InboxTask task) {
        return SummaryProcedure.TASK_FILE_RECORD.equals(task.taskKey());
    }

    @Override
    public void perform(Actor actor, InboxTask task) {
        summaries.fileRecord(actor, task.caseId());
    }
}
