package cn.zhifa.tasks.ui;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.BulkTaskAction;
import cn.zhifa.tasks.BulkTasks;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Set;

/**
 * The inbox's 批量 bar: shown while tasks are ticked, one button per verb that some of them can take (批量签收,
 * 批量备案), with the count it would act on. The verb runs task by task; the result names what was not done and why.
 */
class BulkBar extends HorizontalLayout {

    BulkBar(Grid<InboxTask> grid, BulkTasks bulk, Messages messages) {
        setId("inbox-bulk");
        setAlignItems(Alignment.CENTER);
        setVisible(false);
        grid.addSelectionListener(e -> {
            removeAll();
            Set<InboxTask> selected = e.getAllSelectedItems();
            setVisible(!selected.isEmpty());
            if (selected.isEmpty()) {
                return;
            }
            add(new Span(getTranslation("tasks.bulk.selected", selected.size())));
            for (BulkTaskAction action : bulk.actions()) {
                List<String> ids = selected.stream().filter(t -> action.applies(CurrentActor.get(), t))
                        .map(InboxTask::taskId).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                Button b = new Button(getTranslation(action.labelKey()) + "（" + ids.size() + "）",
                        c -> run(grid, bulk, messages, action, ids));
                b.setId("bulk-" + action.id());
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                add(b);
            }
        });
    }

    private void run(Grid<InboxTask> grid, BulkTasks bulk, Messages messages, BulkTaskAction action,
            List<String> ids) {
        List<BulkTasks.Outcome> out;
        try {
            out = bulk.perform(CurrentActor.get(), action.id(), ids, Ui.locale());
        } catch (DomainException e) {
            Ui.refused(messages, e);
            return;
        }
        List<BulkTasks.Outcome> refused = out.stream().filter(o -> !o.done()).toList();
        StringBuilder text = new StringBuilder(getTranslation("tasks.bulk.result", getTranslation(action.labelKey()),
                out.size() - refused.size(), refused.size()));
        refused.forEach(o -> text.append('\n').append(getTranslation("tasks.bulk.refused",
                o.caseNo() == null ? o.taskId() : o.caseNo(), o.message())));
        com.vaadin.flow.component.html.Div body = new com.vaadin.flow.component.html.Div();
        body.setText(text.toString());
        body.getStyle().set("white-space", "pre-line");
        Notification n = new Notification(body);
        n.setDuration(refused.isEmpty() ? 4000 : 10000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(refused.isEmpty() ? com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS
                : com.vaadin.flow.component.notification.NotificationVariant.LUMO_CONTRAST);
        n.setId("bulk-result");
        n.open();
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }
}
