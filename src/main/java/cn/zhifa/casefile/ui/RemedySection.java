package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.Remedy;
import cn.zhifa.casefile.RemedyHearing;
import cn.zhifa.casefile.RemedyKind;
import cn.zhifa.casefile.RemedyOutcome;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/**
 * 行政复议 / 行政诉讼 of a decided case in the workspace: the remedies filed and their outcomes; the case's handlers and
 * heads file one and record how it ended (an outcome that changes the decision withdraws its publication); a head
 * records an order to decide anew on a revoking one (责令重新作出, decision 0029). While the new decision is being
 * made the remedies against the revoked one are shown without actions.
 */
final class RemedySection extends ClockSectionBase {

    RemedySection(CaseClockSection.Services services, Actor actor, CaseFileView view, Runnable reload) {
        super(services, actor, view.caseFile(), reload);
        List<Remedy> remedies = services.remedies().ofCase(actor, c.id());
        setId("case-remedies");
        Grid<Remedy> grid = smallGrid(remedies);
        grid.setId("remedy-grid");
        grid.addColumn(r -> getTranslation("ui.remedy.kind." + r.kind().name())).setHeader(getTranslation("ui.remedy.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Remedy::body).setHeader(getTranslation("ui.remedy.body")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Ui.date(r.filedOn()) + " – " + (r.open() ? getTranslation("ui.clock.running")
                : Ui.date(r.endedOn()))).setHeader(getTranslation("ui.clock.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.open() ? getTranslation("ui.remedy.pending")
                : getTranslation("ui.remedy.outcome." + r.outcome().name()) + (r.outcomeNote() == null ? ""
                        : Ui.colon() + r.outcomeNote()) + (r.changedFine() == null ? "" : "；" + getTranslation(
                                "ui.remedy.changedTo", r.changedFine().toPlainString(), Ui.date(r.changedServedOn())))
                        + (r.redoOrdered() ? "；" + getTranslation("ui.remedy.redoOrdered", Ui.date(r.redoReceivedOn()))
                                : ""))
                .setHeader(getTranslation("ui.remedy.outcome")).setFlexGrow(1);
        grid.addColumn(this::reply).setHeader(getTranslation("ui.remedy.reply")).setAutoWidth(true).setFlexGrow(0);
        add(grid);
        List<RemedyHearing> hearings = services.remedies().hearings(actor, c.id());
        if (!hearings.isEmpty()) {
            Grid<RemedyHearing> hg = smallGrid(hearings);
            hg.setId("remedy-hearing-grid");
            hg.addColumn(h -> Ui.date(h.hearingOn())).setHeader(getTranslation("ui.remedy.hearingOn")).setAutoWidth(true)
                    .setFlexGrow(0);
            hg.addColumn(h -> h.attendee() + "（" + getTranslation(h.headAttended() ? "ui.remedy.headAttended"
                    : "ui.remedy.delegate") + "）").setHeader(getTranslation("ui.remedy.attendee")).setAutoWidth(true)
                    .setFlexGrow(0);
            hg.addColumn(h -> h.headAbsentReason() == null ? "" : h.headAbsentReason())
                    .setHeader(getTranslation("ui.remedy.headAbsentReason")).setFlexGrow(1);
            add(new com.vaadin.flow.component.html.Span(getTranslation("ui.remedy.hearings")), hg);
        }
        Remedy suit = remedies.stream().filter(r -> r.kind() == RemedyKind.LITIGATION).reduce((a, b) -> b)
                .orElse(null);
        boolean handler = view.handlers().stream().anyMatch(h -> h.userId() == actor.userId());
        if ((handler || actor.isHead()) && c.unitId() == actor.unitId() && c.decidedDate() != null) {
            HorizontalLayout actions = new HorizontalLayout();
            remedies.stream().filter(r -> r.outcome() == RemedyOutcome.CHANGED && r.changedFine() == null)
                    .reduce((a, b) -> b).ifPresent(r -> {
                        Button change = new Button(getTranslation("ui.remedy.recordChange"),
                                VaadinIcon.EDIT.create(), e -> recordChange(r));
                        change.setId("remedy-change");
                        actions.add(change);
                    });
            Remedy revoked = remedies.stream().filter(r -> r.outcome() == RemedyOutcome.REVOKED && !r.redoOrdered())
                    .reduce((a, b) -> b).orElse(null);
            if (revoked != null && actor.isHead() && c.decidedDate() != null) {
                Button redo = new Button(getTranslation("ui.remedy.redo"), VaadinIcon.ROTATE_LEFT.create(),
                        e -> orderRedo(revoked));
                redo.setId("remedy-redo");
                actions.add(redo);
            }
            if (suit != null) {
                Button hearing = new Button(getTranslation("ui.remedy.recordHearing"), VaadinIcon.USER.create(),
                        e -> recordHearing(suit));
                hearing.setId("remedy-hearing");
                actions.add(hearing);
            }
            Remedy open = remedies.stream().filter(Remedy::open).findFirst().orElse(null);
            if (open == null) {
                Button file = new Button(getTranslation("ui.remedy.file"), VaadinIcon.GAVEL.create(), e -> fileRemedy());
                file.setId("remedy-file");
                actions.add(file);
            } else {
                Button end = new Button(getTranslation("ui.remedy.conclude"), VaadinIcon.CHECK.create(),
                        e -> concludeRemedy(open));
                end.setId("remedy-conclude");
                actions.add(end);
                if (open.copyReceivedOn() == null) {
                    Button copy = new Button(getTranslation("ui.remedy.receiveCopy"), VaadinIcon.INBOX.create(),
                            e -> receiveCopy(open));
                    copy.setId("remedy-copy");
                    actions.add(copy);
                } else if (open.replySubmittedOn() == null) {
                    Button reply = new Button(getTranslation("ui.remedy.submitReply"), VaadinIcon.OUTBOX.create(),
                            e -> submitReply(open));
                    reply.setId("remedy-reply");
                    actions.add(reply);
                }
            }
            add(actions);
        }
    }

    private void fileRemedy() {
        Select<RemedyKind> kind = new Select<>();
        kind.setId("remedy-kind");
        kind.setLabel(getTranslation("ui.remedy.kind"));
        kind.setRequiredIndicatorVisible(true);
        kind.setItems(RemedyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("ui.remedy.kind." + k.name()));
        DatePicker filed = datePicker("ui.remedy.filedOn", "remedy-filed-on");
        filed.setMin(c.decidedDate());
        filed.setMax(LocalDate.now(services.today()));
        TextField body = new TextField(getTranslation("ui.remedy.body"));
        body.setId("remedy-body");
        body.setMaxLength(200);
        body.setRequiredIndicatorVisible(true);
        TextArea note = optionalNote("remedy-note", "ui.remedy.note");
        FormLayout form = new FormLayout(kind, filed, body, note);
        form.setColspan(note, 2);
        dialog("ui.remedy.file", form, () -> required(kind, kind.getValue() != null)
                & required(filed, filed.getValue() != null && !filed.isInvalid())
                & required(body, !body.getValue().isBlank()),
                () -> services.remedies().file(actor, c.id(), kind.getValue(), filed.getValue(), body.getValue(),
                        note.getValue()), "ui.remedy.filed");
    }

    private void concludeRemedy(Remedy open) {
        DatePicker ended = datePicker("ui.remedy.endedOn", "remedy-ended-on");
        ended.setMin(open.filedOn());
        ended.setMax(LocalDate.now(services.today()));
        Select<RemedyOutcome> outcome = new Select<>();
        outcome.setId("remedy-outcome");
        outcome.setLabel(getTranslation("ui.remedy.outcome"));
        outcome.setRequiredIndicatorVisible(true);
        outcome.setItems(RemedyOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("ui.remedy.outcome." + o.name()));
        TextArea note = optionalNote("remedy-outcome-note", "ui.remedy.outcomeNote");
        outcome.addValueChangeListener(e -> {
            boolean changes = e.getValue() != null && e.getValue().changesDecision();
            note.setHelperText(changes ? getTranslation("ui.remedy.withdrawalHelp") : null);
            note.setRequiredIndicatorVisible(changes); // the reasons are needed only when the decision changes
        });
        FormLayout form = new FormLayout(outcome, ended, note);
        form.setColspan(note, 2);
        dialog("ui.remedy.conclude", form, () -> required(outcome, outcome.getValue() != null)
                & required(ended, ended.getValue() != null && !ended.isInvalid())
                & required(note, outcome.getValue() == null || !outcome.getValue().changesDecision()
                        || !note.getValue().isBlank()),
                () -> services.remedies().conclude(actor, c.id(), open.id(), ended.getValue(), outcome.getValue(),
                        note.getValue()), "ui.remedy.concluded");
    }

    /** A note the service does not require: no required mark. */
    private TextArea optionalNote(String id, String labelKey) {
        TextArea note = reason(id);
        note.setLabel(getTranslation(labelKey));
        note.setRequiredIndicatorVisible(false);
        return note;
    }

    /** 收到副本 day, answer deadline, answer day (flagged late). */
    private String reply(Remedy r) {
        if (r.copyReceivedOn() == null) {
            return "";
        }
        String text = getTranslation("ui.remedy.copyReceivedOn") + " " + Ui.date(r.copyReceivedOn()) + "，"
                + getTranslation("ui.remedy.replyDue") + " " + Ui.date(r.replyDue());
        return r.replySubmittedOn() == null ? text : text + "，" + getTranslation("ui.remedy.replySubmittedOn") + " "
                + Ui.date(r.replySubmittedOn()) + (r.replyLate() ? "（" + getTranslation("ui.remedy.replyLate") + "）"
                        : "");
    }

    private void recordChange(Remedy changed) {
        com.vaadin.flow.component.textfield.BigDecimalField fine =
                new com.vaadin.flow.component.textfield.BigDecimalField(getTranslation("ui.remedy.changedFine"));
        fine.setId("remedy-changed-fine");
        DatePicker served = datePicker("ui.remedy.changedServedOn", "remedy-changed-served-on");
        served.setMin(changed.endedOn());
        served.setMax(LocalDate.now(services.today()));
        dialog("ui.remedy.recordChange", new FormLayout(fine, served),
                () -> required(fine, fine.getValue() != null && fine.getValue().signum() >= 0)
                        & required(served, served.getValue() != null && !served.isInvalid()),
                () -> services.remedies().recordChangedFine(actor, c.id(), changed.id(), fine.getValue(),
                        served.getValue()), "ui.remedy.changeRecorded");
    }

    /** 撤销并责令重新作出 (decision 0029): the day the order was received and the period it set, if any. */
    private void orderRedo(Remedy revoked) {
        DatePicker received = datePicker("ui.remedy.redoReceivedOn", "remedy-redo-received-on");
        received.setMin(revoked.endedOn());
        received.setMax(LocalDate.now(services.today()));
        com.vaadin.flow.component.textfield.IntegerField days =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("ui.remedy.redoDays"));
        days.setId("remedy-redo-days");
        days.setMin(1);
        days.setMax(366);
        dialog("ui.remedy.redo", new FormLayout(received, days),
                () -> required(received, received.getValue() != null && !received.isInvalid())
                        & required(days, days.getValue() == null || days.getValue() >= 1 && days.getValue() <= 366),
                () -> services.redo().orderRedo(actor, c.id(), revoked.id(), received.getValue(), days.getValue()),
                "ui.remedy.redoRecorded");
    }

    private void recordHearing(Remedy suit) {
        DatePicker on = datePicker("ui.remedy.hearingOn", "remedy-hearing-on");
        on.setMin(suit.filedOn());
        on.setMax(suit.open() ? LocalDate.now(services.today()) : suit.endedOn());
        TextField who = new TextField(getTranslation("ui.remedy.attendee"));
        who.setId("remedy-hearing-attendee");
        who.setMaxLength(100);
        com.vaadin.flow.component.checkbox.Checkbox head = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("ui.remedy.headAttended"), true);
        head.setId("remedy-hearing-head");
        TextArea why = reason("remedy-hearing-reason");
        why.setLabel(getTranslation("ui.remedy.headAbsentReason"));
        why.setVisible(false);
        head.addValueChangeListener(e -> why.setVisible(!e.getValue()));
        FormLayout form = new FormLayout(on, who, head, why);
        form.setColspan(why, 2);
        dialog("ui.remedy.recordHearing", form, () -> required(on, on.getValue() != null && !on.isInvalid())
                & required(who, !who.getValue().isBlank()) & required(why, head.getValue() || !why.getValue().isBlank()),
                () -> services.remedies().recordHearing(actor, c.id(), suit.id(), on.getValue(), who.getValue(),
                        head.getValue(), why.getValue()), "ui.remedy.hearingRecorded");
    }

    private void receiveCopy(Remedy open) {
        DatePicker received = datePicker("ui.remedy.copyReceivedOn", "remedy-copy-received-on");
        received.setMin(open.filedOn());
        received.setMax(LocalDate.now(services.today()));
        dialog("ui.remedy.receiveCopy", new FormLayout(received),
                () -> required(received, received.getValue() != null && !received.isInvalid()),
                () -> services.remedies().receiveCopy(actor, c.id(), open.id(), received.getValue()),
                "ui.remedy.copyRecorded");
    }

    private void submitReply(Remedy open) {
        DatePicker submitted = datePicker("ui.remedy.replySubmittedOn", "remedy-reply-submitted-on");
        submitted.setMin(open.copyReceivedOn());
        submitted.setMax(LocalDate.now(services.today()));
        submitted.setHelperText(getTranslation("ui.remedy.replyDue") + " " + Ui.date(open.replyDue()));
        TextArea note = optionalNote("remedy-reply-note", "ui.remedy.replyNote");
        FormLayout form = new FormLayout(submitted, note);
        form.setColspan(note, 2);
        dialog("ui.remedy.submitReply", form,
                () -> required(submitted, submitted.getValue() != null && !submitted.isInvalid()),
                () -> services.remedies().submitReply(actor, c.id(), open.id(), submitted.getValue(), note.getValue()),
                "ui.remedy.replyRecorded");
    }
}
