package cn.zhifa.casefile.ui;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseClockService.AtRisk;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Unit;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 期限监督: open deadlines in the warning window or overdue (yellow and red), for supervisors (every unit, with a unit
 * filter), heads and team leaders (their own unit). Sorted by unit, handler and due date; each row links to its case.
 */
@Route(value = "supervision/deadlines", layout = MainLayout.class)
@Menu(title = "ui.nav.deadlines", order = 4, icon = "vaadin:alarm")
@RolesAllowed({"SUPERVISOR", "ADMIN", "HEAD", "PRINCIPAL_HEAD", "TEAM_LEADER"})
class DeadlineSupervisionView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 1000;

    private final CaseClockService clock;
    private final Messages messages;
    private final Map<Long, String> unitNames;
    private final Select<Unit> unit = new Select<>();
    private final Span yellow = new Span();
    private final Span red = new Span();
    private final Grid<AtRisk> grid = new Grid<>();

    DeadlineSupervisionView(CaseClockService clock, OrganizationService organization, Messages messages) {
        this.clock = clock;
        this.messages = messages;
        addClassName("zhifa-view");
        setSizeFull();
        Actor actor = CurrentActor.get();
        List<Unit> units = organization.units();
        unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));

        yellow.setId("count-yellow");
        yellow.addClassNames("zhifa-counter", DeadlineBadge.lightClass(DeadlineLight.YELLOW));
        red.setId("count-red");
        red.addClassNames("zhifa-counter", DeadlineBadge.lightClass(DeadlineLight.RED));
        Button refresh = new Button(getTranslation("ui.inbox.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("deadlines-refresh");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("ui.supervision.title")), red, yellow);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout filters = new HorizontalLayout();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.seesAllUnits()) {
            unit.setId("deadlines-unit");
            unit.setLabel(getTranslation("ui.admin.unit"));
            unit.setItems(units);
            unit.setItemLabelGenerator(u -> u == null ? getTranslation("ui.supervision.allUnits") : u.name());
            unit.setEmptySelectionAllowed(true);
            unit.setEmptySelectionCaption(getTranslation("ui.supervision.allUnits"));
            unit.addValueChangeListener(e -> refresh());
            filters.add(unit);
        } else {
            Span own = new Span(getTranslation("ui.supervision.ownUnit", unitNames.getOrDefault(actor.unitId(), "")));
            own.addClassName("zhifa-muted");
            filters.add(own);
        }
        filters.add(refresh);

        grid.setId("deadlines-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Grid.Column<AtRisk> unitCol = grid.addColumn(r -> unitNames.getOrDefault(r.unitId(), Ui.DASH))
                .setHeader(getTranslation("ui.admin.unit")).setSortable(true)
                .setComparator(Comparator.comparing((AtRisk r) -> unitNames.getOrDefault(r.unitId(), "")))
                .setWidth("14em").setFlexGrow(0);
        grid.addColumn(DeadlineSupervisionView::handlers).setHeader(getTranslation("ui.case.handlers"))
                .setSortable(true).setComparator(Comparator.comparing(DeadlineSupervisionView::handlers))
                .setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(r -> CaseFileNavigation.caseLink(r.caseNo() == null ? String.valueOf(r.caseId())
                : r.caseNo(), r.caseId())).setHeader(getTranslation("ui.col.caseNo")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Ui.orDash(r.partyName())).setHeader(getTranslation("ui.col.party")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("deadline." + r.kind().name())).setHeader(getTranslation("ui.deadline.kind"))
                .setSortable(true).setComparator(Comparator.comparing(AtRisk::kind)).setWidth("11em")
                .setFlexGrow(0);
        Grid.Column<AtRisk> dueCol = grid.addComponentColumn(r -> DeadlineBadge.badge(this, null, r.due(), r.light(),
                r.workingDaysLeft(), r.confirmed())).setHeader(getTranslation("ui.col.due")).setSortable(true)
                .setComparator(Comparator.comparing(AtRisk::due)).setWidth("17em").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("ui.light." + r.light().name())).setHeader(getTranslation("ui.col.light"))
                .setSortable(true).setComparator(Comparator.comparing((AtRisk r) -> r.light()).reversed())
                .setWidth("7em").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("ui.supervision.empty"));
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(unitCol, SortDirection.ASCENDING),
                new GridSortOrder<>(dueCol, SortDirection.ASCENDING)));
        grid.setSizeFull();

        add(header, filters, grid);
        refresh();
    }

    private static String handlers(AtRisk r) {
        return r.handlers().isEmpty() ? Ui.DASH : String.join("、", r.handlers());
    }

    private void refresh() {
        List<AtRisk> rows;
        try {
            rows = clock.atRisk(CurrentActor.get(), unit.getValue() == null ? null : unit.getValue().id(), LIMIT);
        } catch (DomainException e) {
            Ui.refused(messages, e);
            rows = List.of();
        }
        Map<DeadlineLight, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(AtRisk::light, Collectors.counting()));
        yellow.setText(getTranslation("ui.supervision.yellow", counts.getOrDefault(DeadlineLight.YELLOW, 0L)));
        red.setText(getTranslation("ui.supervision.red", counts.getOrDefault(DeadlineLight.RED, 0L)));
        grid.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.supervision.title") + " · " + getTranslation("app.name");
    }
}
