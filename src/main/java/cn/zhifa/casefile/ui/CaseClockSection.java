package cn.zhifa.casefile.ui;

import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.Surcharge;
import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.ClockEvent;
import cn.zhifa.casefile.ClockEventKind;
import cn.zhifa.casefile.CollectiveDeliberation.ExtensionResolution;
import cn.zhifa.casefile.Handler;
import cn.zhifa.casefile.Preservation;
import cn.zhifa.casefile.PreservationOutcome;
import cn.zhifa.casefile.PreservationService;
import cn.zhifa.casefile.SeizureService;
import cn.zhifa.casefile.RemedyService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statutory clock of one case in the workspace: every deadline (open and done), the pauses and extensions with
 * who approved them, the late-payment surcharge; for heads who are not handlers the pause / resume / extend dialogs;
 * and 先行登记保存 and 查封扣押 (their own sections). Every action goes through the
 * services, which check every rule again; a refusal leaves the dialog open with its input.
 */
class CaseClockSection extends ClockSectionBase {

    /** What the section needs from the application, handed over by the workspace view. */
    record Services(CaseClockService clock, PreservationService preservations, SeizureService seizures,
            RemedyService remedies,
            OrganizationService organization, StatutoryPeriods periods, DeadlineLights lights, Messages messages,
            Clock today, cn.zhifa.casefile.ServiceOfDocuments serving, cn.zhifa.casefile.CaseFileService cases,
            cn.zhifa.casefile.ExecutionService execution, cn.zhifa.casefile.EnforcementService enforcement,
            cn.zhifa.casefile.CaseExitService exits, cn.zhifa.casefile.LateDecisionService late,
            cn.zhifa.casefile.RecusalService recusals, cn.zhifa.casefile.TransferService transfers,
            cn.zhifa.casefile.DecisionExtensions extensions, cn.zhifa.casefile.RemedyRedoService redo) {
    }

    private final Map<Long, String> names;

    CaseClockSection(Services services, Actor actor, CaseFileView view, Runnable reload) {
        super(services, actor, view.caseFile(), reload);
        setId("case-clock");
        names = names(view);

        add(title("ui.address.title"), new ServiceAddressSection(services, actor, view, reload));
        add(title("ui.case.deadlines"), deadlines(view.deadlines()));
        if (view.surcharge() != null) {
            add(surcharge(view.surcharge()));
        }
        if (c.filedDate() != null) {
            add(subtitle("ui.clock.events"), events(view.clockEvents()));
            if (mayRunClock(view)) {
                add(clockActions(view.clockEvents()));
            }
            add(title("ui.preservation.title"), new PreservationSection(services, actor, view, reload));
            add(title("ui.seizure.title"), new SeizureSection(services, actor, view, reload));
            add(title("ui.exit.title"), new MotionSection(services, actor, view, reload));
            add(title("ui.transfer.title"), new TransferSection(services, actor, view, reload));
        }
        // after 撤销并责令重新作出 (decision 0029) the remedies against the revoked decision stay shown until the new one
        if (c.decidedDate() != null || !services.remedies().ofCase(actor, c.id()).isEmpty()) {
            add(title("ui.remedy.title"), new RemedySection(services, actor, view, reload));
            services.execution().status(actor, c.id()).ifPresent(x -> add(title("ui.execution.title"),
                    new ExecutionSection(services, actor, view, x, reload)));
        }
    }

    private Map<Long, String> names(CaseFileView view) {
        Set<Long> ids = new java.util.HashSet<>();
        view.clockEvents().forEach(e -> ids.add(e.approvedBy()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return services.organization().usersByIds(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
    }

    private String name(long userId) {
        return names.getOrDefault(userId, String.valueOf(userId));
    }

    private H3 title(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassName("zhifa-section-title");
        return h;
    }

    private Span subtitle(String key) {
        Span s = new Span(getTranslation(key));
        s.addClassName("zhifa-subtitle");
        return s;
    }

    // ---- deadlines, events, surcharge -------------------------------------------------------------------------------

    private Grid<CaseDeadline> deadlines(List<CaseDeadline> deadlines) {
        Grid<CaseDeadline> grid = smallGrid(deadlines);
        grid.setId("case-deadlines");
        grid.addColumn(d -> getTranslation("deadline." + d.kind().name())).setHeader(getTranslation("ui.deadline.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Ui.date(d.start())).setHeader(getTranslation("ui.deadline.start")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(d -> {
            if (d.open()) {
                Span b = DeadlineBadge.badge(this, null, d.due(), d.light(), d.workingDaysLeft(), d.confirmed());
                b.setId("deadline-due-" + d.kind().name());
                return b;
            }
            Span s = new Span(Ui.date(d.due()));
            if (!d.confirmed()) {
                s.add(DeadlineBadge.unconfirmed(this));
            }
            return s;
        }).setHeader(getTranslation("ui.col.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation(d.open() ? "ui.deadline.open" : "ui.deadline.closed"))
                .setHeader(getTranslation("ui.deadline.status")).setFlexGrow(1);
        return grid;
    }

    private Grid<ClockEvent> events(List<ClockEvent> events) {
        Grid<ClockEvent> grid = smallGrid(events);
        grid.setId("case-clock-events");
        grid.addColumn(e -> getTranslation("ui.clockEvent." + e.kind().name())).setHeader(getTranslation("ui.clock.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.isPause() ? Ui.date(e.start()) + " – " + (e.end() == null
                ? getTranslation("ui.clock.running") : Ui.date(e.end())) : Ui.date(e.start()))
                .setHeader(getTranslation("ui.clock.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::days).setHeader(getTranslation("ui.clock.days")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.meetingId() == null ? e.reason()
                : getTranslation("ui.clock.byResolution", e.meetingId(), e.resolutionId()) + " " + e.reason())
                .setHeader(getTranslation("ui.clock.reason")).setFlexGrow(1);
        grid.addColumn(e -> name(e.approvedBy())).setHeader(getTranslation("ui.clock.approver")).setAutoWidth(true)
                .setFlexGrow(0);
        return grid;
    }

    /** Extensions: "+30 日"; pauses: the paused days so far (start and end day included). */
    private String days(ClockEvent e) {
        if (!e.isPause()) {
            return e.days() == null ? Ui.DASH : getTranslation("ui.clock.plusDays", e.days());
        }
        LocalDate end = e.end() != null ? e.end() : LocalDate.now(services.today());
        long days = end.isBefore(e.start()) ? 0 : ChronoUnit.DAYS.between(e.start(), end) + 1;
        return getTranslation("ui.clock.pausedDays", days);
    }

    private Div surcharge(Surcharge.Result s) {
        Div div = new Div(new Span(getTranslation("ui.surcharge.text", s.days(), s.amount().toPlainString())
                + (s.capped() ? getTranslation("ui.surcharge.capped") : "")));
        div.setId("case-surcharge");
        div.addClassName("zhifa-banner-warning");
        return div;
    }

    // ---- pause / resume / extend (heads who are not handlers) --------------------------------------------------------

    private boolean mayRunClock(CaseFileView view) {
        boolean handler = view.handlers().stream().anyMatch(h -> h.userId() == actor.userId());
        return actor.isHead() && !handler && c.unitId() == actor.unitId() && c.decidedDate() == null
                && !c.isReadOnly();
    }

    private HorizontalLayout clockActions(List<ClockEvent> events) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("clock-actions");
        boolean paused = events.stream().anyMatch(e -> e.isPause() && e.end() == null);
        if (paused) {
            Button resume = new Button(getTranslation("ui.clock.resume"), VaadinIcon.PLAY.create(), e -> resume(events));
            resume.setId("clock-resume");
            actions.add(resume);
        } else {
            Button pause = new Button(getTranslation("ui.clock.pause"), VaadinIcon.PAUSE.create(), e -> pause());
            pause.setId("clock-pause");
            actions.add(pause);
        }
        Button extend = new Button(getTranslation("ui.clock.extend"), VaadinIcon.CLOCK.create(), e -> extend(events));
        extend.setId("clock-extend");
        actions.add(extend);
        return actions;
    }

    private void pause() {
        Select<ClockEventKind> kind = new Select<>();
        kind.setId("pause-kind");
        kind.setLabel(getTranslation("ui.clock.kind"));
        kind.setItems(Arrays.stream(ClockEventKind.values()).filter(ClockEventKind::isPause).toList());
        kind.setItemLabelGenerator(k -> getTranslation("ui.clockEvent." + k.name()));
        DatePicker start = datePicker("ui.clock.start", "pause-start");
        start.setMin(c.filedDate());
        start.setMax(LocalDate.now(services.today()));
        TextArea reason = reason("pause-reason");
        FormLayout form = new FormLayout(kind, start, reason);
        form.setColspan(reason, 2);
        dialog("ui.clock.pause", form, () -> required(kind, kind.getValue() != null)
                & required(start, start.getValue() != null && !start.isInvalid())
                & required(reason, !reason.getValue().isBlank()), () -> services.clock().pause(actor, c.id(),
                kind.getValue(), start.getValue(), reason.getValue()), "ui.clock.paused");
    }

    private void resume(List<ClockEvent> events) {
        ClockEvent open = events.stream().filter(e -> e.isPause() && e.end() == null).findFirst().orElseThrow();
        DatePicker end = datePicker("ui.clock.end", "resume-end");
        end.setMin(open.start());
        end.setMax(LocalDate.now(services.today()));
        Span what = new Span(getTranslation("ui.clockEvent." + open.kind().name()) + " · "
                + getTranslation("ui.clock.since", Ui.date(open.start())));
        FormLayout form = new FormLayout(what, end);
        dialog("ui.clock.resume", form, () -> required(end, end.getValue() != null && !end.isInvalid()),
                () -> services.clock().resume(actor, c.id(), end.getValue()), "ui.clock.resumed");
    }

    /**
     * The extend dialog: the head's extension (+30), or — for the principal head, after it — a further extension,
     * which needs the heads' confirmed resolution agreeing to extend this case (住建部令55 Art. 29, decision 0030): the
     * dialog explains it and offers the confirmed resolutions not used yet; their days cap the days asked for.
     */
    private void extend(List<ClockEvent> events) {
        boolean headDone = events.stream().anyMatch(e -> e.kind() == ClockEventKind.EXTENSION_HEAD);
        int headDays = services.periods().of(StatutoryPeriod.DECISION_EXTENSION_HEAD).amount();
        int collectiveMax = services.periods().of(StatutoryPeriod.DECISION_EXTENSION_COLLECTIVE).amount();
        Select<ClockEventKind> kind = new Select<>();
        kind.setId("extend-kind");
        kind.setLabel(getTranslation("ui.clock.kind"));
        kind.setItems(actor.has(Role.PRINCIPAL_HEAD)
                ? List.of(ClockEventKind.EXTENSION_HEAD, ClockEventKind.EXTENSION_COLLECTIVE)
                : List.of(ClockEventKind.EXTENSION_HEAD));
        kind.setItemLabelGenerator(k -> getTranslation("ui.clockEvent." + k.name()));
        IntegerField days = new IntegerField(getTranslation("ui.clock.days"));
        days.setId("extend-days");
        days.setStepButtonsVisible(true);
        List<ExtensionResolution> usable = services.extensions().usable(actor, c.id());
        Select<ExtensionResolution> resolution = new Select<>();
        resolution.setId("extend-resolution");
        resolution.setLabel(getTranslation("ui.clock.resolution"));
        resolution.setItems(usable);
        resolution.setItemLabelGenerator(r -> getTranslation("ui.clock.resolutionItem", r.meetingId(),
                Ui.date(r.resolvedOn()), r.days(), r.text()));
        resolution.setHelperText(getTranslation(usable.isEmpty() ? "ui.clock.resolutionNone"
                : "ui.clock.resolutionHelp"));
        resolution.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                days.setMax(Math.min(collectiveMax, e.getValue().days()));
                days.setValue(Math.min(collectiveMax, e.getValue().days()));
            }
        });
        kind.addValueChangeListener(e -> {
            boolean head = e.getValue() == ClockEventKind.EXTENSION_HEAD;
            days.setMin(head ? headDays : 1);
            days.setMax(head ? headDays : collectiveMax);
            days.setValue(head ? headDays : collectiveMax);
            days.setReadOnly(head);
            days.setHelperText(head ? getTranslation("ui.clock.headDaysHelp", headDays)
                    : getTranslation("ui.clock.collectiveDaysHelp", collectiveMax));
            resolution.setVisible(!head);
            if (!head && !usable.isEmpty()) {
                resolution.setValue(usable.get(0));
            }
        });
        kind.setValue(headDone && actor.has(Role.PRINCIPAL_HEAD) ? ClockEventKind.EXTENSION_COLLECTIVE
                : ClockEventKind.EXTENSION_HEAD);
        resolution.setVisible(kind.getValue() == ClockEventKind.EXTENSION_COLLECTIVE);
        TextArea reason = reason("extend-reason");
        FormLayout form = new FormLayout(kind, days, resolution, reason);
        form.setColspan(resolution, 2);
        form.setColspan(reason, 2);
        dialog("ui.clock.extend", form, () -> required(kind, kind.getValue() != null)
                & required(days, days.getValue() != null && !days.isInvalid()
                        && days.getValue() >= (kind.getValue() == ClockEventKind.EXTENSION_HEAD ? headDays : 1)
                        && days.getValue() <= (kind.getValue() == ClockEventKind.EXTENSION_HEAD ? headDays
                                : collectiveMax))
                & required(resolution, kind.getValue() == ClockEventKind.EXTENSION_HEAD || resolution.getValue() != null)
                & required(reason, !reason.getValue().isBlank()),
                () -> services.clock().extend(actor, c.id(), kind.getValue(), days.getValue(), reason.getValue(),
                        kind.getValue() == ClockEventKind.EXTENSION_HEAD || resolution.getValue() == null ? null
                                : resolution.getValue().id()),
                "ui.clock.extended");
    }
}
