package cn.zhifa.publication.ui;

import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.Role;
import cn.zhifa.publication.AnnualReport;
import cn.zhifa.publication.AnnualReportService;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * 统计年报: the unit's annual reports with their 31-January due date and light; draft (or redraft) a year from the
 * case data, read the figures, approve (a head other than the drafter), publish to the portal, download CSV/JSON.
 * Every action goes through {@link AnnualReportService}.
 */
@Route(value = "annual-reports", layout = MainLayout.class)
@Menu(title = "ui.nav.annualReports", order = 6, icon = "vaadin:chart")
@RolesAllowed({"TEAM_LEADER", "HEAD", "PRINCIPAL_HEAD", "SUPERVISOR", "ADMIN", "LEGAL_REVIEWER"})
class AnnualReportsView extends VerticalLayout implements HasDynamicTitle {

    private final AnnualReportService reports;
    private final Messages messages;
    private final DeadlineLights lights;
    private final Clock clock;
    private final Grid<AnnualReport> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    AnnualReportsView(AnnualReportService reports, Messages messages, DeadlineLights lights, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.lights = lights;
        this.clock = clock;
        addClassName("zhifa-view");
        setSizeFull();
        Actor actor = CurrentActor.get();
        LocalDate today = LocalDate.now(clock);

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("ui.report.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!actor.seesAllUnits()) {
            IntegerField year = new IntegerField(getTranslation("ui.report.year"));
            year.setId("report-year");
            year.setValue(today.getYear() - 1);
            year.setMin(2000);
            year.setMax(today.getYear());
            year.setStepButtonsVisible(true);
            Button draft = new Button(getTranslation("ui.report.draft"), e -> {
                if (year.getValue() == null || year.isInvalid()) {
                    year.setInvalid(true);
                    return;
                }
                act(() -> reports.draft(CurrentActor.get(), year.getValue()), "ui.report.drafted");
            });
            draft.setId("report-draft");
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(year, draft);
        }

        grid.setId("reports-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> String.valueOf(r.year())).setHeader(getTranslation("ui.report.year")).setAutoWidth(true);
        grid.addColumn(AnnualReport::unitName).setHeader(getTranslation("ui.report.unit")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("publication.report.status." + r.status()))
                .setHeader(getTranslation("ui.pub.col.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> AnnualReportService.PUBLISHED.equals(r.status()) ? new Span(Ui.date(r.dueDate()))
                : DeadlineBadge.badge(this, null, r.dueDate(), lights.light(r.dueDate(), LocalDate.now(clock)),
                        lights.workingDaysLeft(r.dueDate(), LocalDate.now(clock)), true))
                .setHeader(getTranslation("ui.col.due")).setWidth("17em").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("ui.pub.open"), e -> show(r));
            open.addClassName("report-open");
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setWidth("7em").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("ui.report.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setHeight("14em");
        detail.setId("report-detail");
        detail.setPadding(false);
        add(header, grid, detail);
        refresh(null);
    }

    private void refresh(Long selected) {
        List<AnnualReport> all = reports.reports(CurrentActor.get());
        grid.setItems(all);
        detail.removeAll();
        if (selected != null) {
            all.stream().filter(r -> r.id() == selected).findFirst().ifPresent(this::show);
        }
    }

    private void show(AnnualReport r) {
        detail.removeAll();
        if (r == null) {
            return;
        }
        AnnualReport.Figures f = r.figures();
        detail.add(new H3(getTranslation("ui.report.heading", String.valueOf(r.year()), r.unitName())));
        Grid<String[]> overview = table("report-overview", List.of(
                row("ui.report.filed", f.filed()), row("ui.report.decided", f.decided()),
                new String[] {getTranslation("ui.report.fines"), f.fines().toPlainString()},
                row("ui.report.legalReviews", f.legalReviews()), row("ui.report.deliberations", f.deliberations()),
                row("ui.report.hearings", f.hearings()), row("ui.report.published", f.published()),
                row("ui.report.withdrawn", f.withdrawn()), row("ui.report.reconsiderations", f.reconsiderations()),
                row("ui.report.litigations", f.litigations())));
        detail.add(overview);
        detail.add(lines("ui.report.byProcedure", f.byProcedure()), lines("ui.report.byOutcome", f.byOutcome()),
                lines("ui.report.byItem", f.byItem()), lines("ui.report.remedyOutcomes", f.remedyOutcomes()));

        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        Actor actor = CurrentActor.get();
        if (actor.unitId() == r.unitId() && actor.isHead()) {
            if (AnnualReportService.DRAFT.equals(r.status())) {
                Button approve = new Button(getTranslation("ui.report.approve"),
                        e -> act(() -> reports.approve(CurrentActor.get(), r.id()), "ui.report.approved"));
                approve.setId("report-approve");
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(approve);
            } else if (AnnualReportService.APPROVED.equals(r.status())) {
                Button publish = new Button(getTranslation("ui.report.publish"),
                        e -> act(() -> reports.publish(CurrentActor.get(), r.id()), "ui.report.publishedDone"));
                publish.setId("report-publish");
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(publish);
            }
        } else if (actor.unitId() == r.unitId() && actor.has(Role.TEAM_LEADER)
                && AnnualReportService.DRAFT.equals(r.status())) {
            actions.add(new Span(getTranslation("ui.report.headApproves")));
        }
        Anchor csv = download("report-csv", "CSV", () -> AnnualReportService.csv(f), "annual-report-" + r.year()
                + ".csv", "text/csv;charset=UTF-8");
        Anchor json = download("report-json", "JSON", () -> AnnualReportService.json(f), "annual-report-" + r.year()
                + ".json", "application/json");
        actions.add(csv, json);
        if (AnnualReportService.PUBLISHED.equals(r.status())) {
            Anchor pub = new Anchor("/public/statistics/" + r.publicId(), getTranslation("ui.report.publicPage"));
            pub.setId("report-public-link");
            pub.setRouterIgnore(true);
            pub.setTarget("_blank");
            actions.add(pub);
        }
        detail.add(actions);
    }

    private Anchor download(String id, String text, Supplier<String> content, String name, String type) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }), text);
        a.setId(id);
        return a;
    }

    private String[] row(String key, long n) {
        return new String[] {getTranslation(key), String.valueOf(n)};
    }

    private VerticalLayout lines(String key, List<AnnualReport.Line> lines) {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        Span title = new Span(getTranslation(key));
        title.addClassName("zhifa-subtitle");
        v.add(title);
        if (lines.isEmpty()) {
            v.add(new Span(Ui.DASH));
            return v;
        }
        v.add(table(null, lines.stream().map(l -> new String[] {l.label(), String.valueOf(l.count()),
                l.fines().signum() == 0 ? Ui.DASH : l.fines().toPlainString()}).toList()));
        return v;
    }

    private Grid<String[]> table(String id, List<String[]> rows) {
        Grid<String[]> g = new Grid<>();
        if (id != null) {
            g.setId(id);
        }
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        g.addColumn(r -> r[0]).setFlexGrow(1);
        g.addColumn(r -> r[1]).setAutoWidth(true).setFlexGrow(0);
        if (rows.stream().anyMatch(r -> r.length > 2)) {
            g.addColumn(r -> r.length > 2 ? r[2] : "").setHeader(getTranslation("ui.report.fines")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        g.setItems(rows);
        g.setAllRowsVisible(true);
        return g;
    }

    private void act(Supplier<AnnualReport> call, String doneKey) {
        try {
            AnnualReport r = call.get();
            Ui.success(getTranslation(doneKey));
            refresh(r.id());
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.report.title") + " · " + getTranslation("app.name");
    }
}
