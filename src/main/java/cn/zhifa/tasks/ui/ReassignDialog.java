package cn.zhifa.tasks.ui;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.CaseHandlerChange;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.TaskCentre;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 转办 of one task: choose a qualified officer of the unit who may work it and give a reason; for a handlers' task
 * also 转办承办人 (replace a handler of the case). The service decides; a refusal is shown and nothing changes.
 */
class ReassignDialog extends Dialog {

    ReassignDialog(InboxTask task, Actor actor, TaskCentre centre, OrganizationService organization,
            List<CaseHandlerChange> handlerChanges, Messages messages, Runnable done) {
        setHeaderTitle(getTranslation("tasks.reassign.title"));
        setId("reassign-dialog");
        setWidth("min(30rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);

        List<UserAccount> targets = centre.reassignTargets(actor, task.taskId());
        Select<UserAccount> to = officers("reassign-to", getTranslation("tasks.reassign.to"), targets);
        TextArea reason = reason("reassign-reason");
        Button ok = new Button(getTranslation("tasks.dialog.ok"), e -> act(this, messages, done, () -> {
            centre.reassign(actor, task.taskId(), to.getValue() == null ? 0 : to.getValue().id(), reason.getValue());
            return getTranslation("tasks.reassign.done");
        }));
        ok.setId("reassign-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (targets.isEmpty()) {
            body.add(new Span(getTranslation("tasks.reassign.none")));
        }
        body.add(to, reason, ok);

        if (InboxService.GROUP_HANDLER.equals(task.candidateGroup()) && !handlerChanges.isEmpty()
                && Permissions.allows(actor, Action.CASE_HANDLER_REASSIGN)) {
            body.add(handlersSection(task, actor, centre, organization, handlerChanges.get(0), messages, done));
        }
        add(body);
        Button cancel = new Button(getTranslation("tasks.dialog.cancel"), e -> close());
        cancel.setId("reassign-cancel");
        getFooter().add(cancel);
    }

    private VerticalLayout handlersSection(InboxTask task, Actor actor, TaskCentre centre,
            OrganizationService organization, CaseHandlerChange change, Messages messages, Runnable done) {
        List<Long> handlerIds = centre.handlersOf(task.caseId());
        Set<Long> current = new HashSet<>(handlerIds);
        Select<UserAccount> from = officers("handler-from", getTranslation("tasks.reassign.handlerFrom"),
                organization.usersByIds(handlerIds));
        Select<UserAccount> to = officers("handler-to", getTranslation("tasks.reassign.handlerTo"),
                organization.qualifiedOfficers(task.unitId()).stream().filter(u -> !current.contains(u.id()))
                        .toList());
        TextArea reason = reason("handler-reason");
        Button ok = new Button(getTranslation("tasks.reassign.handlers"), e -> act(this, messages, done, () -> {
            change.replace(actor, task.caseId(), from.getValue() == null ? 0 : from.getValue().id(),
                    to.getValue() == null ? 0 : to.getValue().id(), reason.getValue());
            return getTranslation("tasks.reassign.handlersDone");
        }));
        ok.setId("handler-ok");
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("tasks.reassign.handlers")), from, to,
                reason, ok);
        section.setPadding(false);
        return section;
    }

    /**
     * Runs a verb: on success shows its text, closes the dialog and refreshes the inbox; a refusal is shown and the
     * dialog stays open (nothing changed).
     */
    static void act(Dialog dialog, Messages messages, Runnable done, java.util.function.Supplier<String> verb) {
        try {
            String text = verb.get();
            Ui.success(text);
            dialog.close();
            done.run();
        } catch (DomainException ex) {
            Ui.refused(messages, ex);
        }
    }

    private Select<UserAccount> officers(String id, String label, List<UserAccount> choices) {
        Select<UserAccount> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(choices);
        select.setItemLabelGenerator(UserAccount::displayName);
        select.setWidthFull();
        return select;
    }

    private TextArea reason(String id) {
        TextArea reason = new TextArea(getTranslation("tasks.reassign.reason"));
        reason.setId(id);
        reason.setMaxLength(TaskCentre.MAX_TEXT);
        reason.setWidthFull();
        return reason;
    }
}
