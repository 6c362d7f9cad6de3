package cn.zhifa.evidence.ui;

import cn.zhifa.evidence.Evidence;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * What a tile of the evidence gallery offers besides preview and download: 补正说明 (a remark recorded beside the
 * unchanged file), 移交 (hand the item to another officer of the unit, with a reason) and 撤回 — each a dialog asking
 * for its text, each through the evidence service (its rights, record entry and refusals), the gallery read again
 * after.
 */
final class EvidenceActions {

    static final int MAX_TEXT = 500;

    private final Component owner;
    private final EvidenceService evidence;
    private final Messages messages;
    private final Actor actor;
    private final Runnable reload;

    EvidenceActions(Component owner, EvidenceService evidence, Messages messages, Actor actor, Runnable reload) {
        this.owner = owner;
        this.evidence = evidence;
        this.messages = messages;
        this.actor = actor;
        this.reload = reload;
    }

    /** The buttons for one item: 补正说明 and 撤回 for the case's handlers, 移交 for its custodian or a head. */
    List<Button> buttons(Evidence e, boolean handler, List<UserAccount> unitOfficers) {
        List<Button> out = new java.util.ArrayList<>();
        if (handler) {
            out.add(button("evidence.ui.annotate", "evidence-annotate-" + e.id(), () -> annotate(e)));
        }
        if ((handler && e.custodianId() == actor.userId()) || actor.isHead()) {
            out.add(button("evidence.ui.handOver", "evidence-hand-over-" + e.id(), () -> handOver(e, unitOfficers)));
        }
        if (handler) {
            out.add(button("evidence.ui.withdraw", "evidence-withdraw-" + e.id(), () -> withdraw(e)));
        }
        return out;
    }

    private Button button(String key, String id, Runnable open) {
        Button b = new Button(owner.getTranslation(key), click -> open.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void annotate(Evidence e) {
        oneText(e, "annotate", "evidence.ui.annotateNote", "note", text -> {
            evidence.annotate(actor, e.id(), text);
            return owner.getTranslation("evidence.ui.annotatedDone");
        });
    }

    private void handOver(Evidence e, List<UserAccount> unitOfficers) {
        Select<UserAccount> to = new Select<>();
        to.setId("evidence-hand-over-to");
        to.setLabel(owner.getTranslation("evidence.ui.handOverTo"));
        to.setItems(unitOfficers.stream().filter(u -> u.enabled() && u.roles().contains(Role.OFFICER)
                && !u.roles().contains(Role.SUPERVISOR) && u.id() != e.custodianId()).toList());
        to.setItemLabelGenerator(UserAccount::displayName);
        to.setWidthFull();
        TextArea reason = text("evidence.ui.handOverReason", "evidence-hand-over-reason");
        dialog("evidence-hand-over-dialog", owner.getTranslation("evidence.ui.handOver") + Ui.colon() + e.fileName()
                + "（" + owner.getTranslation("evidence.ui.custodian") + Ui.colon() + e.custodianName() + "）",
                "evidence.ui.handOver", "evidence-hand-over-confirm", d -> {
                    if (to.getValue() == null) {
                        throw DomainException.invalid("field.required", owner.getTranslation("evidence.ui.handOverTo"));
                    }
                    Evidence moved = evidence.handOver(actor, e.id(), to.getValue().id(), reason.getValue());
                    return owner.getTranslation("evidence.ui.handedOverDone", moved.custodianName());
                }, to, reason);
    }

    private void withdraw(Evidence e) {
        oneText(e, "withdraw", "evidence.ui.withdrawReason", "reason", text -> {
            evidence.withdraw(actor, e.id(), text);
            return owner.getTranslation("evidence.ui.withdrawnDone");
        });
    }

    /** A dialog with one text for the act {@code verb} (its key {@code evidence.ui.<verb>}, ids evidence-<verb>-…). */
    private void oneText(Evidence e, String verb, String labelKey, String field,
            java.util.function.Function<String, String> act) {
        TextArea text = text(labelKey, "evidence-" + verb + "-" + field);
        dialog("evidence-" + verb + "-dialog", owner.getTranslation("evidence.ui." + verb) + Ui.colon() + e.fileName(),
                "evidence.ui." + verb, "evidence-" + verb + "-confirm", d -> act.apply(text.getValue()), text);
    }

    private TextArea text(String labelKey, String id) {
        TextArea t = new TextArea(owner.getTranslation(labelKey));
        t.setId(id);
        t.setMaxLength(MAX_TEXT);
        t.setWidthFull();
        return t;
    }

    /** An act behind a dialog: done → its message, the dialog closes and the gallery is read again; refused → why. */
    private interface Act {
        String run(Dialog d);
    }

    private void dialog(String id, String title, String okKey, String okId, Act act, Component... fields) {
        Dialog d = new Dialog();
        d.setId(id);
        d.setHeaderTitle(title);
        d.setWidth("min(30rem, 95vw)");
        d.add(fields);
        Button ok = new Button(owner.getTranslation(okKey), click -> {
            try {
                String done = act.run(d);
                Ui.success(done);
                d.close();
                reload.run();
            } catch (DomainException x) {
                Ui.refused(messages, x);
            }
        });
        ok.setId(okId);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(owner.getTranslation("evidence.ui.close"), click -> d.close());
        d.getFooter().add(cancel, ok);
        d.open();
    }
}
