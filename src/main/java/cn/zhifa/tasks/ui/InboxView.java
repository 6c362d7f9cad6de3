package cn.zhifa.tasks.ui;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.PhoneColumns;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * 我的待办: my tasks and my groups' unclaimed tasks, oldest first (or by due date when that column is sorted); the
 * governing deadline of each task as a coloured badge; claim, give back, work.
 */
@Route(value = "tasks", layout = MainLayout.class)
@Menu(title = "ui.nav.inbox", order = 1, icon = "vaadin:inbox")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** The inbox service answers at most this many rows per call. */
    static final int SERVICE_MAX_LIMIT = 200;
    /** Sorting by due date reads the inbox up to this many rows and sorts them here (the service has one order). */
    static final int SORTED_MAX_ROWS = 2000;
    static final String SORT_DUE = "due";

    private final InboxService inbox;
    private final Messages messages;
    private final WorkingDayCalendar calendar;
    private final DeadlineLights lights;
    private final Clock clock;
    private final List<TaskOpener> openers;
    private final Grid<InboxTask> grid = new Grid<>();
    private final Select<String> procedure = new Select<>();

    InboxView(InboxService inbox, Messages messages, WorkingDayCalendar calendar, DeadlineLights lights, Clock clock,
            List<TaskOpener> openers) {
        this.openers = openers;
        this.inbox = inbox;
        this.messages = messages;
        this.calendar = calendar;
        this.lights = lights;
        this.clock = clock;
        addClassName("zhifa-view");
        setSizeFull();

        Button refresh = new Button(getTranslation("ui.inbox.refresh"), VaadinIcon.REFRESH.create(),
                e -> grid.getDataProvider().refreshAll());
        refresh.setId("inbox-refresh");
        procedure.setId("inbox-procedure");
        procedure.setItems("", InboxTask.PROCEDURE_ORDINARY, InboxTask.PROCEDURE_SUMMARY,
                InboxTask.PROCEDURE_COMPLAINT);
        procedure.setValue("");
        procedure.setItemLabelGenerator(p -> p.isEmpty() ? getTranslation("daily.procedure.all")
                : getTranslation("daily.procedure." + p));
        procedure.setAriaLabel(getTranslation("daily.col.procedure"));
        procedure.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("ui.inbox.title")), procedure, refresh);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(t -> opener(t).caseLink(t, InboxTask.PROCEDURE_COMPLAINT.equals(t.procedureType())
                ? Ui.orDash(t.caseNo())
                : t.caseNo() == null ? Ui.DASH + " (" + getTranslation("ui.case.lead") + ")" : t.caseNo()))
                .setHeader(getTranslation("ui.col.caseNo")).setKey("caseNo").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("daily.procedure." + t.procedureType()))
                .setHeader(getTranslation("daily.col.procedure")).setKey("procedure").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> Ui.orDash(t.partyName())).setHeader(getTranslation("ui.col.party")).setAutoWidth(true);
        grid.addColumn(t -> Ui.orDash(t.itemName())).setHeader(getTranslation("ui.col.item")).setFlexGrow(1);
        grid.addColumn(t -> t.stage() == null ? Ui.DASH : getTranslation("ui.stage." + t.stage()))
                .setHeader(getTranslation("ui.col.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("ui.task." + t.taskKey())).setHeader(getTranslation("ui.col.task"))
                .setKey("task").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::due).setHeader(getTranslation("ui.col.due")).setSortProperty(SORT_DUE)
                .setKey(SORT_DUE).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Ui.dateTime(t.createdAt())).setHeader(getTranslation("ui.col.received"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Ui.date(t.filedDate())).setHeader(getTranslation("ui.col.filedDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.assigneeName() == null ? getTranslation("ui.inbox.unclaimed") : t.assigneeName())
                .setHeader(getTranslation("ui.col.assignee")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("ui.col.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        // a phone keeps the deadline chip first, then the case, the step and the buttons (README: phones)
        PhoneColumns.keep(grid, List.of(SORT_DUE, "caseNo", "task", "actions"));
        grid.setPageSize(50);
        grid.setItems(this::fetch);
        grid.setEmptyStateText(getTranslation("ui.inbox.empty"));
        grid.setSizeFull();

        add(header, grid);
    }

    private Stream<InboxTask> fetch(Query<InboxTask, Void> query) {
        List<QuerySortOrder> sort = query.getSortOrders();
        if (sort.isEmpty() || !SORT_DUE.equals(sort.get(0).getSorted())) {
            return fetch(inbox, CurrentActor.get(), procedureFilter(), query.getOffset(), query.getLimit()).stream();
        }
        List<InboxTask> all = sortedByDue(fetch(inbox, CurrentActor.get(), procedureFilter(), 0, SORTED_MAX_ROWS),
                sort.get(0).getDirection() == SortDirection.DESCENDING);
        return all.stream().skip(query.getOffset()).limit(query.getLimit());
    }

    /** By due date (earliest first, or latest first), tasks without a due date last either way; stable. */
    static List<InboxTask> sortedByDue(List<InboxTask> tasks, boolean descending) {
        Comparator<LocalDate> dates = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return tasks.stream().sorted(Comparator.comparing(InboxTask::dueDate, Comparator.nullsLast(dates))).toList();
    }

    private Component due(InboxTask task) {
        if (task.dueDate() == null) {
            return new Span(Ui.DASH);
        }
        LocalDate today = LocalDate.now(clock);
        DeadlineLight light = lights.light(task.dueDate(), today);
        Span badge = DeadlineBadge.badge(this, null, task.dueDate(), light,
                lights.workingDaysLeft(task.dueDate(), today), calendar.isConfirmed(task.dueDate().getYear()));
        badge.addClassName("inbox-due");
        return badge;
    }

    /** Reads {@code limit} rows from {@code offset} in calls of at most {@link #SERVICE_MAX_LIMIT} rows. */
    /** A complaint task's subject links to the complaint screen (feature complaint, route complaints/{id}). */
    private TaskOpener opener(InboxTask t) {
        return TaskOpener.of(openers, t);
    }

    private String procedureFilter() {
        String p = procedure.getValue();
        return p == null || p.isEmpty() ? null : p;
    }

    static List<InboxTask> fetch(InboxService inbox, Actor actor, String procedure, int offset, int limit) {
        List<InboxTask> rows = new ArrayList<>(Math.min(limit, SERVICE_MAX_LIMIT));
        while (rows.size() < limit) {
            int want = Math.min(SERVICE_MAX_LIMIT, limit - rows.size());
            List<InboxTask> page = inbox.inbox(actor, procedure, offset + rows.size(), want);
            rows.addAll(page);
            if (page.size() < want) {
                break;
            }
        }
        return rows;
    }

    private Component actions(InboxTask task) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        long me = CurrentActor.get().userId();
        if (task.assigneeId() == null) {
            Button claim = new Button(getTranslation("ui.inbox.claim"), e -> claim(task));
            claim.setId("claim-" + task.taskId());
            claim.addClassName("inbox-claim");
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else if (task.assigneeId() == me) {
            Button unclaim = new Button(getTranslation("ui.inbox.unclaim"), e -> unclaim(task));
            unclaim.setId("unclaim-" + task.taskId());
            unclaim.addClassName("inbox-unclaim");
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(unclaim);
        }
        Button work = new Button(getTranslation("ui.inbox.work"), e -> opener(task).open(task));
        work.setId("work-" + task.taskId());
        work.addClassName("inbox-work");
        work.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(work);
        return actions;
    }

    private void claim(InboxTask task) {
        try {
            inbox.claim(CurrentActor.get(), task.taskId());
            Ui.success(getTranslation("ui.inbox.claimed"));
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
        grid.getDataProvider().refreshAll();
    }

    private void unclaim(InboxTask task) {
        try {
            inbox.unclaim(CurrentActor.get(), task.taskId());
            Ui.success(getTranslation("ui.inbox.unclaimedDone"));
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.inbox.title") + " · " + getTranslation("app.name");
    }
}
