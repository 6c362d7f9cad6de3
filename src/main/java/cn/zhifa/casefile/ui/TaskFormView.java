package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CollectiveDeliberation;
import cn.zhifa.casefile.CaseWorkflowService;
import cn.zhifa.casefile.StepCatalogue;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.ui.TasksNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 办理: the compact case header and the form of the task; submitting completes the task. */
@Route(value = "tasks/:taskId", layout = MainLayout.class)
@PermitAll
class TaskFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InboxService inbox;
    private final CaseFileService cases;
    private final CaseWorkflowService workflow;
    private final OrganizationService organization;
    private final Messages messages;
    private final Clock clock;
    private final CollectiveDeliberation deliberation;
    private final StepCatalogue steps;
    private String title;
    private final cn.zhifa.organization.DiscretionBenchmarkService benchmarks;
    private final cn.zhifa.casefile.SendBackService sendBacks;
    private final org.springframework.beans.factory.ObjectProvider<CasePanels> panels;
    private final org.springframework.beans.factory.ObjectProvider<cn.zhifa.casefile.StepDocumentPreview> previews;

    TaskFormView(InboxService inbox, CaseFileService cases, CaseWorkflowService workflow,
            OrganizationService organization, Messages messages, Clock clock,
            org.springframework.beans.factory.ObjectProvider<CasePanels> panels, CollectiveDeliberation deliberation,
            StepCatalogue steps,
            org.springframework.beans.factory.ObjectProvider<cn.zhifa.casefile.StepDocumentPreview> previews,
            cn.zhifa.organization.DiscretionBenchmarkService benchmarks, cn.zhifa.casefile.SendBackService sendBacks) {
        this.benchmarks = benchmarks;
        this.sendBacks = sendBacks;
        this.previews = previews;
        this.steps = steps;
        this.panels = panels;
        this.deliberation = deliberation;
        this.inbox = inbox;
        this.cases = cases;
        this.workflow = workflow;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        addClassName("zhifa-view");
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        Actor actor = CurrentActor.get();
        InboxTask task;
        CaseFile c;
        try {
            task = inbox.task(taskId);
            c = cases.get(actor, task.caseId());
        } catch (DomainException e) {
            notAvailable(messages.of(e, Ui.locale()));
            return;
        }
        title = getTranslation("ui.task." + task.taskKey());
        add(new CaseHeader(c));
        Button toCase = new Button(getTranslation("ui.form.openCase"), e -> CaseFileNavigation.toCase(c.id()));
        toCase.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H3 heading = new H3(title);
        heading.setId("task-title");
        add(heading);
        if (c.isReadOnly()) {
            notAvailable(getTranslation("ui.case.readOnly"));
            return;
        }
        if (!inbox.canWork(actor, task)) {
            notAvailable(getTranslation("ui.form.cannotWork", Ui.orDash(task.assigneeName())));
            add(toCase);
            return;
        }
        List<UserAccount> officers = OrdinaryProcedure.TASK_VERIFY_LEAD.equals(task.taskKey())
                || OrdinaryProcedure.TASK_SCHEDULE_HEARING.equals(task.taskKey())
                ? organization.qualifiedOfficers(c.unitId()) : List.of();
        CollectiveDeliberation.Resolution resolution = OrdinaryProcedure.TASK_DELIBERATION.equals(task.taskKey())
                ? deliberation.resolution(c.id()).orElse(null) : null;
        boolean organisation = false;
        List<cn.zhifa.organization.DiscretionBenchmark> tiers = List.of();
        if (OrdinaryProcedure.TASK_INVESTIGATION_REPORT.equals(task.taskKey()) && c.itemId() != null) {
            organisation = cases.documentView(actor, c.id(), false).parties().stream()
                    .anyMatch(p -> p.kind() == cn.zhifa.casefile.PartyKind.ORGANIZATION);
            tiers = benchmarks.applicable(c.itemId(), organisation);
        }
        FormContext context = new FormContext(c, organization.items(true), officers, LocalDate.now(clock),
                Ui.locale(), resolution, tiers, organisation);
        List<com.vaadin.flow.component.Component> beside = panels.orderedStream()
                .flatMap(p -> p.besideTask(actor, task, c).stream()).toList();
        com.vaadin.flow.component.orderedlayout.HorizontalLayout below =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(toCase);
        List<String> back = cn.zhifa.casefile.BackSteps.targets(task.taskKey());
        if (!back.isEmpty()) {
            Button sendBack = new Button(getTranslation("tasks.sendBack"),
                    e -> new SendBackDialog(task, back, sendBacks, messages).open());
            sendBack.setId("task-send-back");
            sendBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            below.add(sendBack);
        }
        StepForms.forPayload(steps.payloadOf(task.taskKey()), context).ifPresentOrElse(form -> {
            form.addSubmitListener(e -> submit(task, e.payload()));
            previews.ifAvailable(p -> form.addPreviewListener(e -> TaskPreviewDialog.open(p, messages, task,
                    e.payload())));
            if (beside.isEmpty()) {
                add(form, below);
            } else {
                // the form and what the officer reads for it side by side (e.g. a reviewer's case evidence)
                setMaxWidth("110em");
                VerticalLayout right = new VerticalLayout();
                right.setPadding(false);
                beside.forEach(right::add);
                VerticalLayout left = new VerticalLayout(form, below);
                left.setPadding(false);
                left.addClassName("task-split-form");
                right.addClassName("task-split-beside");
                // side by side where there is room, the material below the form on a phone
                com.vaadin.flow.component.html.Div split = new com.vaadin.flow.component.html.Div(left, right);
                split.setId("task-split");
                split.addClassName("task-split");
                split.setWidthFull();
                add(split);
            }
        }, () -> notAvailable(getTranslation("ui.form.noForm", task.taskKey())));
    }

    private void submit(InboxTask task, cn.zhifa.casefile.StepPayload payload) {
        try {
            workflow.complete(CurrentActor.get(), task.taskId(), payload);
        } catch (DomainException e) {
            Ui.refused(messages, e);
            return;
        }
        Ui.success(getTranslation("ui.form.done", getTranslation("ui.task." + task.taskKey())));
        TasksNavigation.toInbox();
    }

    private void notAvailable(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("task-not-available");
        p.addClassName("zhifa-readonly-notice");
        add(p);
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("ui.inbox.work") : title) + " · " + getTranslation("app.name");
    }
}
