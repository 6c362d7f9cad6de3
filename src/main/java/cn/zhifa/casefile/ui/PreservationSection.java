package cn.zhifa.casefile.ui;

import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.Preservation;
import cn.zhifa.casefile.PreservationApproval;
import cn.zhifa.casefile.PreservationOutcome;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * 先行登记保存 on the case page (decision 0024): the list for everyone; the case's handlers request (or record an
 * urgent act), release what an unapproved urgent act holds and decide what is in force; a head of the unit who is not
 * a handler approves or refuses. The services check every rule again; a refusal keeps the dialog open.
 */
class PreservationSection extends ClockSectionBase {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Map<Long, String> names;

    PreservationSection(CaseClockSection.Services services, Actor actor, CaseFileView view, Runnable reload) {
        super(services, actor, view.caseFile(), reload);
        setId("case-preservation");
        List<Long> ids = view.preservations().stream().map(Preservation::approvedBy).filter(Objects::nonNull)
                .distinct().toList();
        names = ids.isEmpty() ? Map.of() : services.organization().usersByIds(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        boolean handler = view.handlers().stream().anyMatch(h -> h.userId() == actor.userId());
        boolean running = !c.isReadOnly() && c.unitId() == actor.unitId();
        boolean approver = running && actor.isHead() && !handler;
        if (handler && running && c.decidedDate() == null) {
            Button add = new Button(getTranslation("ui.preservation.new"), VaadinIcon.PLUS.create(), e -> request());
            add.setId("preservation-new");
            add(add);
        }
        add(grid(view.preservations(), handler && running, approver));
    }

    private Grid<Preservation> grid(List<Preservation> items, boolean handler, boolean approver) {
        LocalDate today = LocalDate.now(services.today());
        Grid<Preservation> grid = smallGrid(items);
        grid.setId("case-preservations");
        grid.addColumn(Preservation::items).setHeader(getTranslation("ui.preservation.items")).setFlexGrow(1);
        grid.addColumn(Preservation::storagePlace).setHeader(getTranslation("ui.preservation.storagePlace"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.reason() == null ? "" : p.reason()).setHeader(getTranslation("ui.preservation.reason"))
                .setFlexGrow(1);
        grid.addColumn(p -> Ui.date(p.startedDate())).setHeader(getTranslation("ui.deadline.start"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> p.inForce()
                ? DeadlineBadge.badge(this, null, p.dueDate(), services.lights().light(p.dueDate(), today),
                        services.lights().workingDaysLeft(p.dueDate(), today), p.confirmed())
                : new Span(p.dueDate() == null ? "" : Ui.date(p.dueDate()))).setHeader(getTranslation("ui.col.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::status).setHeader(getTranslation("ui.preservation.outcome")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.approvedBy() == null ? "" : names.getOrDefault(p.approvedBy(), "" + p.approvedBy()))
                .setHeader(getTranslation("ui.preservation.approver")).setAutoWidth(true).setFlexGrow(0);
        if (handler || approver) {
            grid.addComponentColumn(p -> actions(p, handler, approver)).setHeader(getTranslation("ui.col.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        return grid;
    }

    /** Where the preservation stands: awaiting the head (urgent: by when), refused, in force, or its outcome. */
    String status(Preservation p) {
        if (p.outcome() != null) {
            return getTranslation("ui.preservationOutcome." + p.outcome().name());
        }
        if (p.approval() == PreservationApproval.APPROVED) {
            return getTranslation("ui.preservation.pending");
        }
        if (p.mustRelease(LocalDateTime.now(services.today()))) {
            return getTranslation("ui.preservation.mustRelease");
        }
        return p.urgent() ? getTranslation("ui.preservation.urgentAwaiting", p.reportDueAt().format(MINUTE))
                : getTranslation("ui.preservation.awaiting");
    }

    private Component actions(Preservation p, boolean handler, boolean approver) {
        HorizontalLayout row = new HorizontalLayout();
        if (approver && p.awaitingApproval()) {
            row.add(small("ui.preservation.approve", "preservation-approve-" + p.id(), () -> approve(p)));
        }
        if (handler && p.inForce()) {
            row.add(small("ui.preservation.decide", "preservation-decide-" + p.id(), () -> decide(p)));
        }
        if (handler && p.urgent() && p.isOpen() && p.approval() != PreservationApproval.APPROVED) {
            row.add(small("ui.preservation.release", "preservation-release-" + p.id(), () -> release(p)));
        }
        return row;
    }

    private void request() {
        TextArea items = listField("ui.preservation.items", "preservation-items");
        TextField place = placeField("ui.preservation.storagePlace", "preservation-place");
        TextArea reason = reason("preservation-reason");
        reason.setLabel(getTranslation("ui.preservation.reason"));
        Checkbox urgent = new Checkbox(getTranslation("ui.preservation.urgent"));
        urgent.setId("preservation-urgent");
        Span help = new Span(getTranslation("ui.preservation.approverHelp"));
        FormLayout form = new FormLayout(items, place, reason, urgent, help);
        form.setColspan(items, 2);
        form.setColspan(reason, 2);
        form.setColspan(help, 2);
        dialog("ui.preservation.new", form, () -> required(items, !items.getValue().isBlank())
                & required(place, !place.getValue().isBlank()) & required(reason, !reason.getValue().isBlank()),
                () -> services.preservations().request(actor, c.id(), items.getValue(), place.getValue(),
                        reason.getValue(), urgent.getValue()), "ui.preservation.requested");
    }

    private void approve(Preservation p) {
        Select<Boolean> choice = new Select<>();
        choice.setId("approval-choice");
        choice.setLabel(getTranslation("ui.preservation.approval"));
        choice.setItems(Boolean.TRUE, Boolean.FALSE);
        choice.setItemLabelGenerator(b -> getTranslation(b ? "ui.preservation.approveYes" : "ui.preservation.approveNo"));
        choice.setValue(Boolean.TRUE);
        TextArea opinion = new TextArea(getTranslation("ui.preservation.opinion"));
        opinion.setId("approval-opinion");
        opinion.setMaxLength(500);
        Span what = new Span(p.items() + "（" + p.storagePlace() + "）：" + p.reason());
        FormLayout form = new FormLayout(what, choice, opinion);
        form.setColspan(what, 2);
        form.setColspan(opinion, 2);
        dialog("ui.preservation.approve", form, () -> required(opinion, choice.getValue() || !opinion.getValue()
                .isBlank()), () -> services.preservations().approve(actor, p.id(), choice.getValue(),
                        opinion.getValue()), "ui.preservation.approvalDone");
    }

    private void release(Preservation p) {
        TextArea note = new TextArea(getTranslation("ui.preservation.releaseNote"));
        note.setId("release-note");
        note.setMaxLength(500);
        FormLayout form = new FormLayout(new Span(p.items() + "（" + p.storagePlace() + "）"), note);
        dialog("ui.preservation.release", form, () -> true,
                () -> services.preservations().release(actor, p.id(), note.getValue()), "ui.preservation.released");
    }

    private void decide(Preservation p) {
        Select<PreservationOutcome> outcome = new Select<>();
        outcome.setId("preservation-outcome");
        outcome.setLabel(getTranslation("ui.preservation.outcome"));
        outcome.setItems(decidableOutcomes());
        outcome.setItemLabelGenerator(o -> getTranslation("ui.preservationOutcome." + o.name()));
        outcome.setRequiredIndicatorVisible(true);
        Span what = new Span(p.items() + "（" + p.storagePlace() + "）");
        FormLayout form = new FormLayout(what, outcome);
        dialog("ui.preservation.decide", form, () -> required(outcome, outcome.getValue() != null),
                () -> services.preservations().decide(actor, p.id(), outcome.getValue()), "ui.preservation.decided");
    }

    /** The outcomes a handler may choose: not LAPSED (only the engine) nor REFUSED (only the head's refusal). */
    static List<PreservationOutcome> decidableOutcomes() {
        return Arrays.stream(PreservationOutcome.values())
                .filter(o -> o != PreservationOutcome.LAPSED && o != PreservationOutcome.REFUSED).toList();
    }
}
