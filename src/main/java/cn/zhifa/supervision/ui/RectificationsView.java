package cn.zhifa.supervision.ui;

import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.Unit;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.Letter;
import cn.zhifa.supervision.Letter.LetterKind;
import cn.zhifa.supervision.Letter.NewLetter;
import cn.zhifa.supervision.LetterService;
import cn.zhifa.supervision.Rectification;
import cn.zhifa.supervision.Rectification.NewRectification;
import cn.zhifa.supervision.RectificationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 整改与监督函: supervisors issue rectifications and letters; the unit's team leader or handlers report a fix, the
 * reviewer re-checks (closes or returns); the unit's heads reply to letters, the supervisor closes them. Every
 * refusal is the service's, shown in the user's language.
 */
@Route(value = "supervision/rectifications", layout = MainLayout.class)
@Menu(title = "sv.nav.rectifications", order = 4.6, icon = "vaadin:wrench")
@RolesAllowed({"SUPERVISOR", "ADMIN", "HEAD", "PRINCIPAL_HEAD", "TEAM_LEADER", "OFFICER", "LEGAL_REVIEWER"})
class RectificationsView extends VerticalLayout implements HasDynamicTitle {

    private final RectificationService rectifications;
    private final LetterService letters;
    private final Messages messages;
    private final Map<Long, String> unitNames;
    private final Grid<Rectification> grid = new Grid<>();
    private final Grid<Letter> letterGrid = new Grid<>();

    RectificationsView(RectificationService rectifications, LetterService letters, OrganizationService organization,
            Messages messages) {
        this.rectifications = rectifications;
        this.letters = letters;
        this.messages = messages;
        addClassName("zhifa-view");
        setWidthFull();
        List<Unit> units = organization.units();
        unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        Actor actor = CurrentActor.get();
        add(new H2(getTranslation("sv.nav.rectifications")));
        if (actor.has(Role.SUPERVISOR)) {
            add(issueForm(units));
        }
        grid.setId("rectifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> unitNames.getOrDefault(r.unitId(), Ui.DASH)).setHeader(getTranslation("ui.admin.unit"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.caseId() == null ? new Span(Ui.DASH)
                : CaseFileNavigation.caseLink(getTranslation("sv.rect.case"), r.caseId()))
                .setHeader(getTranslation("ui.col.caseNo")).setAutoWidth(true);
        grid.addColumn(Rectification::problem).setHeader(getTranslation("sv.rect.problem")).setFlexGrow(2);
        grid.addColumn(r -> Ui.date(r.deadline()) + (r.overdue() ? " " + getTranslation("sv.rect.overdue") : ""))
                .setHeader(getTranslation("sv.rect.deadline")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("sv.rect.status." + r.status())).setHeader(getTranslation("ui.col.stage"))
                .setAutoWidth(true);
        grid.addColumn(r -> Ui.orDash(r.fixNote())).setHeader(getTranslation("sv.rect.fix")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("sv.rect.actions")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sv.rect.empty"));
        add(grid);

        add(new H3(getTranslation("sv.letters.title")));
        if (actor.has(Role.SUPERVISOR)) {
            add(letterForm(units));
        }
        letterGrid.setId("letters-grid");
        letterGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        letterGrid.addColumn(l -> getTranslation("sv.letter." + l.kind())).setHeader(getTranslation("sv.letters.kind"))
                .setAutoWidth(true);
        letterGrid.addColumn(l -> unitNames.getOrDefault(l.unitId(), Ui.DASH))
                .setHeader(getTranslation("ui.admin.unit")).setAutoWidth(true);
        letterGrid.addColumn(Letter::subject).setHeader(getTranslation("sv.letters.subject")).setFlexGrow(1);
        letterGrid.addColumn(l -> Ui.date(l.replyDue()) + (l.overdue() ? " " + getTranslation("sv.rect.overdue") : ""))
                .setHeader(getTranslation("sv.letters.replyDue")).setAutoWidth(true);
        letterGrid.addColumn(l -> getTranslation("sv.letters.status." + l.status()))
                .setHeader(getTranslation("ui.col.stage")).setAutoWidth(true);
        letterGrid.addColumn(l -> Ui.orDash(l.reply())).setHeader(getTranslation("sv.letters.reply")).setFlexGrow(1);
        letterGrid.addComponentColumn(this::letterActions).setHeader(getTranslation("sv.rect.actions"))
                .setFlexGrow(1);
        letterGrid.setAllRowsVisible(true);
        add(letterGrid);
        refresh();
    }

    private FormLayout issueForm(List<Unit> units) {
        Select<Unit> unit = new Select<>();
        unit.setId("rect-unit");
        unit.setLabel(getTranslation("ui.admin.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::name);
        IntegerField caseId = new IntegerField(getTranslation("sv.rect.caseId"));
        caseId.setId("rect-case");
        TextField problem = new TextField(getTranslation("sv.rect.problem"));
        problem.setId("rect-problem");
        TextField advice = new TextField(getTranslation("sv.rect.advice"));
        advice.setId("rect-advice");
        Button issue = new Button(getTranslation("sv.rect.issue"), e -> {
            if (unit.getValue() == null) {
                Ui.error(getTranslation("sv.rect.chooseUnit"));
                return;
            }
            try {
                rectifications.issue(CurrentActor.get(), new NewRectification(unit.getValue().id(),
                        caseId.getValue() == null ? null : caseId.getValue().longValue(), null, problem.getValue(),
                        advice.getValue(), null, null, null));
                Ui.success(getTranslation("sv.rect.issued"));
                problem.clear();
                refresh();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        issue.setId("rect-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(unit, caseId, problem, advice, issue);
    }

    private FormLayout letterForm(List<Unit> units) {
        RadioButtonGroup<LetterKind> kind = new RadioButtonGroup<>(getTranslation("sv.letters.kind"));
        kind.setId("letter-kind");
        kind.setItems(LetterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("sv.letter." + k));
        kind.setValue(LetterKind.REMINDER);
        Select<Unit> unit = new Select<>();
        unit.setId("letter-unit");
        unit.setLabel(getTranslation("ui.admin.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::name);
        TextField subject = new TextField(getTranslation("sv.letters.subject"));
        subject.setId("letter-subject");
        TextField body = new TextField(getTranslation("sv.letters.body"));
        body.setId("letter-body");
        Button send = new Button(getTranslation("sv.letters.send"), e -> {
            if (unit.getValue() == null) {
                Ui.error(getTranslation("sv.rect.chooseUnit"));
                return;
            }
            try {
                letters.send(CurrentActor.get(), new NewLetter(kind.getValue(), unit.getValue().id(), null, null,
                        subject.getValue(), body.getValue(), null));
                Ui.success(getTranslation("sv.letters.sent"));
                refresh();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        send.setId("letter-send");
        return new FormLayout(kind, unit, subject, body, send);
    }

    private Component actions(Rectification r) {
        HorizontalLayout h = new HorizontalLayout();
        h.setAlignItems(FlexComponent.Alignment.BASELINE);
        TextField note = new TextField();
        note.setId("rect-note-" + r.id());
        note.setPlaceholder(getTranslation("sv.rect.note"));
        if ("OPEN".equals(r.status()) || "RETURNED".equals(r.status())) {
            Button fix = new Button(getTranslation("sv.rect.report"), e -> act(() ->
                    rectifications.fix(CurrentActor.get(), r.id(), note.getValue())));
            fix.setId("rect-fix-" + r.id());
            h.add(note, fix);
        } else if ("SUBMITTED".equals(r.status())) {
            Button ok = new Button(getTranslation("sv.rect.accept"), e -> act(() ->
                    rectifications.recheck(CurrentActor.get(), r.id(), true, note.getValue())));
            ok.setId("rect-accept-" + r.id());
            Button back = new Button(getTranslation("sv.rect.return"), e -> act(() ->
                    rectifications.recheck(CurrentActor.get(), r.id(), false, note.getValue())));
            back.setId("rect-return-" + r.id());
            h.add(note, ok, back);
        }
        return h;
    }

    private Component letterActions(Letter l) {
        HorizontalLayout h = new HorizontalLayout();
        if ("SENT".equals(l.status())) {
            TextField reply = new TextField();
            reply.setId("letter-reply-" + l.id());
            reply.setPlaceholder(getTranslation("sv.letters.reply"));
            Button send = new Button(getTranslation("sv.letters.doReply"), e -> act(() ->
                    letters.reply(CurrentActor.get(), l.id(), reply.getValue())));
            send.setId("letter-do-reply-" + l.id());
            h.add(reply, send);
        } else if ("REPLIED".equals(l.status())) {
            Button close = new Button(getTranslation("sv.letters.close"), e -> act(() ->
                    letters.close(CurrentActor.get(), l.id())));
            close.setId("letter-close-" + l.id());
            h.add(close);
        }
        return h;
    }

    private void act(Runnable r) {
        try {
            r.run();
            Ui.success(getTranslation("sv.done"));
            refresh();
        } catch (DomainException ex) {
            Ui.refused(messages, ex);
        }
    }

    private void refresh() {
        grid.setItems(rectifications.list(CurrentActor.get(), null));
        letterGrid.setItems(letters.list(CurrentActor.get()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sv.nav.rectifications") + " · " + getTranslation("app.name");
    }
}
