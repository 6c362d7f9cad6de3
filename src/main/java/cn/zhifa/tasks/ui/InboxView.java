package cn.zhifa.tasks.ui;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.PhoneColumns;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.CaseHandlerChange;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.TaskCentre;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * 我的待办: my tasks and my groups' unclaimed tasks by urgency (overdue first, then least time left, then arrival —
 * the service's order, read off indexes); the governing deadline of each task as a coloured badge; claim, give back,
 * work, and for team leaders and heads 转办 and 催办; the tab 已办 lists the tasks I completed.
 */
@Route(value = "tasks", layout = MainLayout.class)
@Menu(title = "ui.nav.inbox", order = 1, icon = "vaadin:inbox")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** The inbox service answers at most this many rows per call. */
    static final int SERVICE_MAX_LIMIT = 200;
    static final String SORT_DUE = "due";

    private final InboxService inbox;
    private final Messages messages;
    private final WorkingDayCalendar calendar;
    private final DeadlineLights lights;
    private final Clock clock;
    private final List<TaskOpener> openers;
    private final TaskCentre centre;
    private final OrganizationService organization;
    private final List<CaseHandlerChange> handlerChanges;
    private final Grid<InboxTask> grid = new Grid<>();
    /** Whether the window is a phone's (set by {@link PhoneColumns}): rows are laid out as cards. */
    private boolean phone;
    private final Select<String> procedure = new Select<>();
    /** 常用筛选 and the filter's parts (step, item, party, light, handler). */
    private final InboxFilterBar filterBar;
    /** 我的待办 or (team leaders, heads, supervisors) 本单位全部 — where 转办 and 催办 of others' tasks are found. */
    private final Select<String> scope = new Select<>();
    static final String MINE = "MINE";
    static final String UNIT = "UNIT";

    InboxView(InboxService inbox, Messages messages, WorkingDayCalendar calendar, DeadlineLights lights, Clock clock,
            List<TaskOpener> openers, TaskCentre centre, OrganizationService organization,
            List<CaseHandlerChange> handlerChanges, cn.zhifa.tasks.BulkTasks bulk,
            cn.zhifa.tasks.SavedFilters savedFilters) {
        this.openers = openers;
        this.centre = centre;
        this.organization = organization;
        this.handlerChanges = handlerChanges;
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
        scope.setId("inbox-scope");
        scope.setItems(MINE, UNIT);
        scope.setValue(MINE);
        scope.setItemLabelGenerator(v -> getTranslation("tasks.scope." + v));
        scope.setAriaLabel(getTranslation("tasks.scope"));
        scope.setVisible(InboxService.seesUnitTasks(CurrentActor.get()));
        scope.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("ui.inbox.title")), scope, procedure,
                refresh);
        filterBar = new InboxFilterBar(savedFilters, organization, openers, messages, this::procedureFilter,
                procedure::setValue, () -> grid.getDataProvider().refreshAll());
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(t -> phone ? card(t) : caseLink(t))
                .setHeader(getTranslation("ui.col.caseNo")).setKey("caseNo").setWidth("9em").setFlexGrow(1);
        // fixed widths that grow with the window, never with the content: a long company name or item wraps or is
        // cut with its whole text as a tooltip, and the buttons stay in sight at 1440 px (the sum fits 1440 less
        // the menu)
        grid.addColumn(t -> Ui.orDash(t.partyName())).setHeader(getTranslation("ui.col.party")).setWidth("7em")
                .setFlexGrow(1).setTooltipGenerator(t -> Ui.orDash(t.partyName()));
        grid.addColumn(t -> Ui.orDash(t.itemName())).setHeader(getTranslation("ui.col.item")).setWidth("5em")
                .setFlexGrow(1).setTooltipGenerator(t -> Ui.orDash(t.itemName()));
        grid.addComponentColumn(t -> phone ? new Span() : taskName(t)).setHeader(getTranslation("ui.col.task"))
                .setKey("task").setWidth("7em").setFlexGrow(0);
        // a fixed width: the chip (with 日历未确认 for an unconfirmed year) is never cut when the view changes
        grid.addComponentColumn(t -> phone ? new Span() : due(t)).setHeader(getTranslation("ui.col.due"))
                .setKey(SORT_DUE).setWidth("18em").setFlexGrow(0);
        grid.addColumn(t -> received(t.createdAt())).setHeader(getTranslation("ui.col.received"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(t -> t.assigneeName() == null ? getTranslation("ui.inbox.unclaimed") : t.assigneeName())
                .setHeader(getTranslation("ui.col.assignee")).setWidth("5em").setFlexGrow(0);
        // room for 签收, 办理 and the ⋯ of 转办/催办 whatever rows the first page had
        grid.addComponentColumn(t -> phone ? new Span() : actions(t)).setHeader(getTranslation("ui.col.actions")).setKey("actions")
                .setWidth("10em").setFlexGrow(0);
        // a phone shows each task as one card in the case column — case, step, deadline chip and buttons stacked —
        // so nothing needs sideways scrolling at 360 px (README: phones); the other columns hide and render nothing
        PhoneColumns.keep(grid, List.of("caseNo"), phoneMode -> {
            phone = phoneMode;
            grid.getDataProvider().refreshAll();
        });
        grid.setPageSize(50);
        grid.setItems(this::fetch);
        grid.setEmptyStateText(getTranslation("ui.inbox.empty"));
        grid.setSizeFull();

        DoneGrid done = new DoneGrid(centre, openers);
        done.setVisible(false);
        Tab todoTab = new Tab(getTranslation("tasks.tab.todo"));
        todoTab.setId("tab-todo");
        Tab doneTab = new Tab(getTranslation("tasks.tab.done"));
        doneTab.setId("tab-done");
        Tabs tabs = new Tabs(todoTab, doneTab);
        tabs.setId("inbox-tabs");
        tabs.addSelectedChangeListener(e -> {
            boolean showDone = e.getSelectedTab() == doneTab;
            grid.setVisible(!showDone);
            procedure.setVisible(!showDone);
            filterBar.setVisible(!showDone);
            scope.setVisible(!showDone && InboxService.seesUnitTasks(CurrentActor.get()));
            done.setVisible(showDone);
            grid.deselectAll();
            if (showDone) {
                done.getDataProvider().refreshAll();
            }
        });
        // 批量: tick tasks, then a verb that some of them can take (批量签收, 批量备案)
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        BulkBar bulkBar = new BulkBar(grid, bulk, messages);
        add(header, filterBar, tabs, bulkBar, grid, done);
    }

    private Stream<InboxTask> fetch(Query<InboxTask, Void> query) {
        if (unitScope()) {
            return fetchUnit(query.getOffset(), query.getLimit()).stream();
        }
        return fetch(inbox, CurrentActor.get(), filterBar.filter(), query.getOffset(), query.getLimit()).stream();
    }

    private boolean unitScope() {
        return UNIT.equals(scope.getValue());
    }

    private List<InboxTask> fetchUnit(int offset, int limit) {
        List<InboxTask> rows = new ArrayList<>();
        while (rows.size() < limit) {
            int want = Math.min(SERVICE_MAX_LIMIT, limit - rows.size());
            List<InboxTask> page = inbox.unitTasks(CurrentActor.get(), filterBar.filter(), offset + rows.size(), want);
            rows.addAll(page);
            if (page.size() < want) {
                break;
            }
        }
        return rows;
    }

    /** The case's number (a lead: party and place), the whole of it as a tooltip when the column cuts it. */
    private Component caseLink(InboxTask t) {
        String title = TaskTitles.title(this, t.procedureType(), t.caseNo(), t.partyName(), t.location());
        return TaskTitles.titled(opener(t).caseLink(t, title), title);
    }

    /** A task on a phone: the case, the step, the deadline chip and the buttons, one under the other. */
    private Component card(InboxTask t) {
        com.vaadin.flow.component.orderedlayout.VerticalLayout card =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(caseLink(t), taskName(t), due(t), actions(t));
        card.setPadding(false);
        card.setSpacing(false);
        card.getStyle().set("gap", "var(--lumo-space-xs)");
        card.addClassName("inbox-card");
        return card;
    }

    /** When the task arrived: month, day and time this year (the column stays narrow), the full date before. */
    private String received(java.time.LocalDateTime at) {
        if (at == null || at.getYear() != LocalDate.now(clock).getYear()) {
            return Ui.dateTime(at);
        }
        return RECEIVED_THIS_YEAR.format(at);
    }

    private static final java.time.format.DateTimeFormatter RECEIVED_THIS_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** The step's name, and how often it was urged (催办) when it was. */
    private Component taskName(InboxTask task) {
        Span name = new Span(getTranslation("ui.task." + task.taskKey()));
        if (task.urgeCount() == 0) {
            return name;
        }
        Span urged = new Span(getTranslation("tasks.urged", task.urgeCount()));
        urged.getElement().getThemeList().add("badge error small");
        urged.addClassName("inbox-urged");
        HorizontalLayout cell = new HorizontalLayout(name, urged);
        cell.setWrap(true); // a long step name and the count take two lines rather than being cut
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)");
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
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

    static List<InboxTask> fetch(InboxService inbox, Actor actor, cn.zhifa.tasks.InboxFilter filter, int offset,
            int limit) {
        List<InboxTask> rows = new ArrayList<>(Math.min(limit, SERVICE_MAX_LIMIT));
        while (rows.size() < limit) {
            int want = Math.min(SERVICE_MAX_LIMIT, limit - rows.size());
            List<InboxTask> page = inbox.inbox(actor, filter, offset + rows.size(), want);
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
        Actor actor = CurrentActor.get();
        // the unit's view shows others' tasks too: work only what I may work
        if (task.assigneeId() == null ? !unitScope() || inbox.canWork(actor, task) : task.assigneeId() == me) {
            actions.add(work);
        }
        boolean ownUnit = task.unitId() == actor.unitId();
        boolean reassign = ownUnit && Permissions.allows(actor, Action.TASK_REASSIGN);
        boolean urge = (ownUnit || actor.has(Role.SUPERVISOR)) && Permissions.allows(actor, Action.SUPERVISION_URGE)
                && (task.assigneeId() == null || task.assigneeId() != me);
        if (reassign || urge) {
            actions.add(more(task, actor, reassign, urge));
        }
        return actions;
    }

    /** 转办 and 催办 behind one small menu button, so the row keeps its width (1440 px and phones alike). */
    private MenuBar more(InboxTask task, Actor actor, boolean reassign, boolean urge) {
        MenuBar menu = new MenuBar();
        menu.setId("more-" + task.taskId());
        menu.addClassName("inbox-more");
        menu.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        root.getElement().setAttribute("aria-label", getTranslation("tasks.more"));
        root.getElement().setAttribute("title", getTranslation("tasks.more"));
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        if (reassign) {
            root.getSubMenu().addItem(getTranslation("tasks.reassign"), e -> new ReassignDialog(task, actor, centre,
                    organization, handlerChanges, messages, refresh).open()).setId("reassign-" + task.taskId());
        }
        if (urge) {
            root.getSubMenu().addItem(getTranslation("tasks.urge"),
                    e -> new UrgeDialog(task, actor, centre, messages, refresh).open()).setId("urge-" + task.taskId());
        }
        return menu;
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
