package cn.zhifa.casefile.ui;

import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.Seizure;
import cn.zhifa.casefile.SeizureKind;
import cn.zhifa.casefile.SeizureOutcome;
import cn.zhifa.casefile.SeizureService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 查封扣押 on the case page (decision 0024): the list with each term on the calendar for everyone; a head of the unit
 * who is not a handler decides, extends once, releases or decides the handling. The service checks every rule again.
 */
class SeizureSection extends ClockSectionBase {

    private final Map<Long, String> names;

    SeizureSection(CaseClockSection.Services services, Actor actor, CaseFileView view, Runnable reload) {
        super(services, actor, view.caseFile(), reload);
        setId("case-seizure");
        List<Seizure> seizures = services.seizures().ofCase(actor, c.id());
        List<Long> ids = seizures.stream().map(Seizure::decidedBy).distinct().toList();
        names = ids.isEmpty() ? Map.of() : services.organization().usersByIds(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        boolean handler = view.handlers().stream().anyMatch(h -> h.userId() == actor.userId());
        boolean head = !c.isReadOnly() && c.unitId() == actor.unitId() && actor.isHead() && !handler;
        if (head) {
            Button add = new Button(getTranslation("ui.seizure.new"), VaadinIcon.LOCK.create(), e -> decide());
            add.setId("seizure-new");
            add(add);
        }
        add(grid(seizures, head));
    }

    private Grid<Seizure> grid(List<Seizure> seizures, boolean head) {
        LocalDate today = LocalDate.now(services.today());
        Grid<Seizure> grid = smallGrid(seizures);
        grid.setId("case-seizures");
        grid.addColumn(z -> getTranslation("ui.seizureKind." + z.kind().name())).setHeader(getTranslation(
                "ui.seizure.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Seizure::items).setHeader(getTranslation("ui.seizure.items")).setFlexGrow(1);
        grid.addColumn(Seizure::place).setHeader(getTranslation("ui.seizure.place")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(z -> Ui.date(z.startDate()) + " · " + getTranslation("ui.seizure.termOf", z.termDays())
                + (z.extended() ? " + " + z.extensionDays() : "")).setHeader(getTranslation("ui.seizure.term"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(z -> z.isOpen()
                ? DeadlineBadge.badge(this, null, z.dueDate(), services.lights().light(z.dueDate(), today),
                        services.lights().workingDaysLeft(z.dueDate(), today), z.confirmed())
                : new Span(Ui.date(z.dueDate()))).setHeader(getTranslation("ui.col.due")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(z -> z.outcome() == null ? getTranslation("ui.seizure.held")
                : getTranslation("ui.seizureOutcome." + z.outcome().name())).setHeader(getTranslation(
                        "ui.seizure.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(z -> names.getOrDefault(z.decidedBy(), "" + z.decidedBy()))
                .setHeader(getTranslation("ui.seizure.decidedBy")).setAutoWidth(true).setFlexGrow(0);
        if (head) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("ui.col.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        return grid;
    }

    private Component actions(Seizure z) {
        HorizontalLayout row = new HorizontalLayout();
        if (!z.isOpen()) {
            return row;
        }
        if (!z.extended()) {
            row.add(small("ui.seizure.extend", "seizure-extend-" + z.id(), () -> extend(z)));
        }
        row.add(small("ui.seizure.conclude", "seizure-conclude-" + z.id(), () -> conclude(z)));
        return row;
    }

    private void decide() {
        int max = services.periods().of(StatutoryPeriod.SEIZURE).amount();
        Select<SeizureKind> kind = new Select<>();
        kind.setId("seizure-kind");
        kind.setLabel(getTranslation("ui.seizure.kind"));
        kind.setItems(SeizureKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("ui.seizureKind." + k.name()));
        kind.setValue(SeizureKind.SEIZE);
        TextArea items = listField("ui.seizure.items", "seizure-items");
        TextField place = placeField("ui.seizure.place", "seizure-place");
        IntegerField days = days("seizure-days", max);
        TextArea reason = reason("seizure-reason");
        FormLayout form = new FormLayout(kind, days, items, place, reason);
        form.setColspan(items, 2);
        form.setColspan(reason, 2);
        dialog("ui.seizure.new", form, () -> required(items, !items.getValue().isBlank())
                & required(place, !place.getValue().isBlank()) & required(reason, !reason.getValue().isBlank())
                & required(days, days.getValue() != null && !days.isInvalid()),
                () -> services.seizures().decide(actor, c.id(), new SeizureService.Decision(kind.getValue(),
                        items.getValue(), place.getValue(), reason.getValue(), days.getValue())),
                "ui.seizure.decided");
    }

    private void extend(Seizure z) {
        int max = services.periods().of(StatutoryPeriod.SEIZURE_EXTENSION).amount();
        IntegerField days = days("seizure-extension-days", max);
        TextArea reason = reason("seizure-extension-reason");
        FormLayout form = new FormLayout(new Span(z.items() + " · " + Ui.date(z.dueDate())), days, reason);
        form.setColspan(reason, 2);
        dialog("ui.seizure.extend", form, () -> required(days, days.getValue() != null && !days.isInvalid())
                & required(reason, !reason.getValue().isBlank()),
                () -> services.seizures().extend(actor, z.id(), days.getValue(), reason.getValue()),
                "ui.seizure.extended");
    }

    private void conclude(Seizure z) {
        Select<SeizureOutcome> outcome = new Select<>();
        outcome.setId("seizure-outcome");
        outcome.setLabel(getTranslation("ui.seizure.outcome"));
        outcome.setItems(SeizureOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("ui.seizureOutcome." + o.name()));
        outcome.setRequiredIndicatorVisible(true);
        TextArea reason = reason("seizure-outcome-reason");
        FormLayout form = new FormLayout(new Span(z.items()), outcome, reason);
        form.setColspan(reason, 2);
        dialog("ui.seizure.conclude", form, () -> required(outcome, outcome.getValue() != null)
                & required(reason, !reason.getValue().isBlank()),
                () -> services.seizures().conclude(actor, z.id(), outcome.getValue(), reason.getValue()),
                "ui.seizure.concluded");
    }

    private IntegerField days(String id, int max) {
        IntegerField days = new IntegerField(getTranslation("ui.clock.days"));
        days.setId(id);
        days.setMin(1);
        days.setMax(max);
        days.setValue(max);
        days.setStepButtonsVisible(true);
        days.setHelperText(getTranslation("ui.seizure.daysHelp", max));
        return days;
    }
}
