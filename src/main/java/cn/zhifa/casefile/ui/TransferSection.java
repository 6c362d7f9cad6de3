package cn.zhifa.casefile.ui;

import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.CaseTransfer;
import cn.zhifa.casefile.Handler;
import cn.zhifa.casefile.TransferKind;
import cn.zhifa.casefile.TransferReceipt;
import cn.zhifa.casefile.TransferService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 移送 on the case page (decision 0028): the transfers with their 3-day and 24-hour deadlines; the handlers report,
 * hand over and record the answer; the principal head who is not a handler decides; a head who is not a handler
 * transfers the case to the competent agency. The service checks every rule again.
 */
class TransferSection extends ClockSectionBase {

    private final CaseFileView view;
    private final boolean handler;
    private final boolean otherHead;

    TransferSection(CaseClockSection.Services services, Actor actor, CaseFileView view, Runnable reload) {
        super(services, actor, view.caseFile(), reload);
        this.view = view;
        setId("case-transfer");
        List<CaseTransfer> transfers = services.transfers().ofCase(actor, c.id());
        handler = view.handlers().stream().anyMatch(h -> h.userId() == actor.userId());
        otherHead = !c.isReadOnly() && c.unitId() == actor.unitId() && actor.isHead() && !handler;
        boolean open = c.decidedDate() == null && !c.isReadOnly()
                && transfers.stream().noneMatch(CaseTransfer::isOpen);
        HorizontalLayout buttons = new HorizontalLayout();
        if (open && handler) {
            Button report = new Button(getTranslation("ui.transfer.new"), VaadinIcon.EXIT.create(), e -> report());
            report.setId("transfer-new");
            buttons.add(report);
        }
        if (open && otherHead) {
            Button jurisdiction = new Button(getTranslation("ui.transfer.jurisdiction"), e -> jurisdiction());
            jurisdiction.setId("transfer-jurisdiction");
            buttons.add(jurisdiction);
        }
        add(buttons, grid(transfers));
    }

    private Grid<CaseTransfer> grid(List<CaseTransfer> transfers) {
        Grid<CaseTransfer> grid = smallGrid(transfers);
        grid.setId("case-transfers");
        grid.addColumn(t -> t.kind() == TransferKind.CRIME ? t.suspectedCrime()
                : getTranslation("ui.transfer.kind.JURISDICTION")).setHeader(getTranslation("ui.transfer.subject"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.kind() == TransferKind.CRIME ? t.items() : t.facts())
                .setHeader(getTranslation("ui.transfer.items")).setFlexGrow(1);
        grid.addComponentColumn(this::decisionCell).setHeader(getTranslation("ui.transfer.decision"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::handoverCell).setHeader(getTranslation("ui.transfer.handover"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.receipt() == null ? "" : getTranslation("ui.transfer.receipt." + t.receipt().name())
                + " " + Ui.date(t.receiptDate())).setHeader(getTranslation("ui.transfer.answer")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("ui.col.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        return grid;
    }

    private Component decisionCell(CaseTransfer t) {
        if (t.awaitingDecision()) {
            return badge(t.decisionDue(), t.decisionConfirmed());
        }
        String late = t.decidedLate() ? " · " + getTranslation("ui.transfer.late") : "";
        return new Span(getTranslation("ui.transfer.decision." + t.decision()) + " " + Ui.date(
                t.decidedAt().toLocalDate()) + late);
    }

    private Component handoverCell(CaseTransfer t) {
        if (t.awaitingHandover()) {
            return badge(t.handoverDue().toLocalDate(), true);
        }
        if (t.handedOverAt() == null) {
            return new Span("");
        }
        return new Span(t.receivingOrgan() + " " + Ui.date(t.handedOverAt().toLocalDate())
                + (t.handoverLate() ? " · " + getTranslation("ui.transfer.late") : ""));
    }

    private Component badge(LocalDate due, boolean confirmed) {
        LocalDate today = LocalDate.now(services.today());
        return DeadlineBadge.badge(this, null, due, services.lights().light(due, today),
                services.lights().workingDaysLeft(due, today), confirmed);
    }

    private Component actions(CaseTransfer t) {
        HorizontalLayout row = new HorizontalLayout();
        if (c.isReadOnly()) {
            return row;
        }
        if (t.awaitingDecision() && otherHead && actor.has(Role.PRINCIPAL_HEAD)) {
            row.add(small("ui.transfer.decide", "transfer-decide-" + t.id(), () -> decide(t)));
        }
        if (t.awaitingHandover() && handler) {
            row.add(small("ui.transfer.handOver", "transfer-handover-" + t.id(), () -> handOver(t)));
        }
        if (t.awaitingReceipt() && handler) {
            row.add(small("ui.transfer.recordAnswer", "transfer-receipt-" + t.id(), () -> receipt(t)));
        }
        return row;
    }

    private void report() {
        CheckboxGroup<Handler> officers = new CheckboxGroup<>(getTranslation("ui.transfer.officers"));
        officers.setId("transfer-officers");
        officers.setItems(view.handlers());
        officers.setItemLabelGenerator(Handler::name);
        officers.setValue(new java.util.HashSet<>(view.handlers()));
        TextArea facts = listField("ui.transfer.facts", "transfer-facts");
        TextField crime = placeField("ui.transfer.crime", "transfer-crime");
        TextArea items = listField("ui.transfer.items", "transfer-items");
        FormLayout form = new FormLayout(officers, crime, facts, items);
        form.setColspan(facts, 2);
        form.setColspan(items, 2);
        dialog("ui.transfer.new", form, () -> required(facts, !facts.getValue().isBlank())
                & required(crime, !crime.getValue().isBlank()) & required(items, !items.getValue().isBlank()),
                () -> services.transfers().report(actor, c.id(), new TransferService.Report(officers.getValue()
                        .stream().map(Handler::userId).toList(), facts.getValue(), crime.getValue(),
                        items.getValue())), "ui.transfer.reported");
    }

    private void decide(CaseTransfer t) {
        Select<Boolean> approve = new Select<>();
        approve.setId("transfer-approve");
        approve.setLabel(getTranslation("ui.transfer.decision"));
        approve.setItems(true, false);
        approve.setItemLabelGenerator(b -> getTranslation("ui.transfer.decision." + (b ? CaseTransfer.APPROVED
                : CaseTransfer.REJECTED)));
        approve.setValue(true);
        TextArea opinion = reason("transfer-opinion");
        FormLayout form = new FormLayout(new Span(t.suspectedCrime() + " · " + t.facts()), approve, opinion);
        form.setColspan(opinion, 2);
        dialog("ui.transfer.decide", form, () -> required(opinion, !opinion.getValue().isBlank()),
                () -> services.transfers().decide(actor, t.id(), approve.getValue(), opinion.getValue()),
                "ui.transfer.decided");
    }

    private void handOver(CaseTransfer t) {
        TextField organ = placeField("ui.transfer.organ", "transfer-organ");
        DateTimePicker when = new DateTimePicker(getTranslation("ui.transfer.handedOverAt"));
        when.setId("transfer-when");
        when.setValue(LocalDateTime.now(services.today()).withSecond(0).withNano(0));
        TextField letter = placeField("ui.transfer.letterNo", "transfer-letter");
        letter.setMaxLength(80);
        TextArea items = listField("ui.transfer.items", "transfer-handover-items");
        items.setValue(t.items());
        FormLayout form = new FormLayout(organ, when, letter, items);
        form.setColspan(items, 2);
        dialog("ui.transfer.handOver", form, () -> required(organ, !organ.getValue().isBlank())
                & required(letter, !letter.getValue().isBlank()) & required(items, !items.getValue().isBlank())
                & required(when, when.getValue() != null),
                () -> services.transfers().handOver(actor, t.id(), new TransferService.Handover(organ.getValue(),
                        when.getValue(), letter.getValue(), items.getValue())), "ui.transfer.handedOver");
    }

    private void receipt(CaseTransfer t) {
        Select<TransferReceipt> answer = new Select<>();
        answer.setId("transfer-answer");
        answer.setLabel(getTranslation("ui.transfer.answer"));
        answer.setItems(TransferReceipt.values());
        answer.setItemLabelGenerator(r -> getTranslation("ui.transfer.receipt." + r.name()));
        answer.setRequiredIndicatorVisible(true);
        DatePicker date = datePicker("ui.transfer.answerDate", "transfer-answer-date");
        TextArea note = reason("transfer-answer-note");
        FormLayout form = new FormLayout(new Span(t.receivingOrgan()), answer, date, note);
        form.setColspan(note, 2);
        dialog("ui.transfer.recordAnswer", form, () -> required(answer, answer.getValue() != null)
                & required(date, date.getValue() != null) & required(note, !note.getValue().isBlank()),
                () -> services.transfers().receipt(actor, t.id(), answer.getValue(), date.getValue(),
                        note.getValue()), "ui.transfer.answered");
    }

    private void jurisdiction() {
        TextField agency = placeField("ui.transfer.agency", "transfer-agency");
        TextArea why = reason("transfer-jurisdiction-reason");
        FormLayout form = new FormLayout(agency, why);
        form.setColspan(why, 2);
        dialog("ui.transfer.jurisdiction", form, () -> required(agency, !agency.getValue().isBlank())
                & required(why, !why.getValue().isBlank()),
                () -> services.transfers().transferJurisdiction(actor, c.id(), agency.getValue(), why.getValue()),
                "ui.transfer.jurisdictionDone");
    }
}
