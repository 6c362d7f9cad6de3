package cn.zhifa.tasks.ui;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.ui.PhoneColumns;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.DoneTask;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.TaskCentre;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** 已办: the tasks I completed, newest first, with the case's current stage; paged by the service in index order. */
class DoneGrid extends Grid<DoneTask> {

    DoneGrid(TaskCentre centre, List<TaskOpener> openers) {
        setId("done-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addComponentColumn(d -> {
            InboxTask t = asTask(d);
            String title = TaskTitles.title(this, d.procedureType(), d.caseNo(), d.partyName(), d.location());
            return TaskTitles.titled(TaskOpener.of(openers, t).caseLink(t, title), title);
        }).setHeader(getTranslation("ui.col.caseNo")).setKey("caseNo").setWidth("11em").setFlexGrow(1);
        addColumn(d -> Ui.orDash(d.partyName())).setHeader(getTranslation("ui.col.party")).setAutoWidth(true);
        addColumn(d -> getTranslation("ui.task." + d.taskKey())).setHeader(getTranslation("ui.col.task"))
                .setKey("task").setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> Ui.orDash(d.itemName())).setHeader(getTranslation("ui.col.item")).setFlexGrow(1);
        addColumn(d -> d.stage() == null ? Ui.DASH : getTranslation("ui.stage." + d.stage()))
                .setHeader(getTranslation("tasks.done.currentStage")).setKey("stage").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(d -> Ui.dateTime(d.completedAt())).setHeader(getTranslation("tasks.done.completedAt"))
                .setKey("completedAt").setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.keep(this, List.of("caseNo", "stage", "task")); // a phone: the case and where it stands now
        setPageSize(50);
        setItems(q -> page(centre, q.getOffset(), q.getLimit()).stream());
        setEmptyStateText(getTranslation("tasks.done.empty"));
        setSizeFull();
    }

    /** {@code limit} rows from {@code offset} in calls of at most 200 rows (the service's page limit). */
    private static List<DoneTask> page(TaskCentre centre, int offset, int limit) {
        List<DoneTask> rows = new java.util.ArrayList<>();
        while (rows.size() < limit) {
            int want = Math.min(200, limit - rows.size());
            List<DoneTask> page = centre.done(CurrentActor.get(), offset + rows.size(), want);
            rows.addAll(page);
            if (page.size() < want) {
                break;
            }
        }
        return rows;
    }

    /** The fields a {@link TaskOpener} reads (case, procedure) of a completed task. */
    private static InboxTask asTask(DoneTask d) {
        return new InboxTask(d.taskId(), d.caseId(), 0, d.taskKey(), null, null, null, d.createdAt(), null,
                d.caseNo(), d.partyName(), d.itemName(), d.stage(), null, d.procedureType());
    }
}
