package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.SendBackService;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.ui.TasksNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * 退回 from the open step to an earlier one the back-step table allows, with a reason; the service decides, a
 * refusal is shown in the user's language and nothing changes.
 */
class SendBackDialog extends Dialog {

    SendBackDialog(InboxTask task, List<String> targets, SendBackService service, Messages messages) {
        setHeaderTitle(getTranslation("tasks.sendBack.title"));
        setId("send-back-dialog");
        setWidth("min(30rem, 95vw)");
        RadioButtonGroup<String> target = new RadioButtonGroup<>(getTranslation("tasks.sendBack.target"));
        target.setId("send-back-target");
        target.setItems(targets);
        target.setItemLabelGenerator(k -> getTranslation("ui.task." + k));
        target.setValue(targets.get(0));
        TextArea reason = new TextArea(getTranslation("tasks.sendBack.reason"));
        reason.setId("send-back-reason");
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Button ok = new Button(getTranslation("tasks.sendBack.confirm"), e -> {
            try {
                service.sendBack(CurrentActor.get(), task.taskId(), target.getValue(), reason.getValue());
            } catch (DomainException x) {
                Ui.refused(messages, x);
                return;
            }
            close();
            Ui.success(getTranslation("tasks.sendBack.done", getTranslation("ui.task." + target.getValue())));
            TasksNavigation.toInbox();
        });
        ok.setId("send-back-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        VerticalLayout body = new VerticalLayout(target, reason);
        body.setPadding(false);
        add(body);
        Button cancel = new Button(getTranslation("tasks.dialog.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }
}
