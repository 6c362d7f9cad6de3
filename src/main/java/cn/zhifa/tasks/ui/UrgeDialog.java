package cn.zhifa.tasks.ui;

import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.TaskCentre;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** 催办 of one task with an optional note: the assignee (or the queue) is notified, the count goes up. */
class UrgeDialog extends Dialog {

    UrgeDialog(InboxTask task, Actor actor, TaskCentre centre, Messages messages, Runnable done) {
        setHeaderTitle(getTranslation("tasks.urge.title"));
        setId("urge-dialog");
        setWidth("min(28rem, 95vw)");
        TextArea note = new TextArea(getTranslation("tasks.urge.message"));
        note.setId("urge-message");
        note.setMaxLength(TaskCentre.MAX_TEXT);
        note.setWidthFull();
        add(note);
        Button ok = new Button(getTranslation("tasks.dialog.ok"), e -> ReassignDialog.act(this, messages, done,
                () -> getTranslation("tasks.urge.done", centre.urge(actor, task.taskId(), note.getValue()))));
        ok.setId("urge-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("tasks.dialog.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }
}
