package cn.zhifa.casefile.ui;

import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseDocument;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseLinks;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.Handler;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PreservationService;
import cn.zhifa.casefile.RemedyService;
import cn.zhifa.casefile.ServiceOfDocuments;
import cn.zhifa.casefile.StageChange;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.ui.TaskOpener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** 案件工作台: everything about one case, its deadlines, its history and the tasks open on it. */
@Route(value = "cases/:id", layout = MainLayout.class)
@PermitAll
class CaseWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseFileService cases;
    private final InboxService inbox;
    private final Messages messages;
    private final CaseClockSection.Services clockServices;
    private final ObjectProvider<CaseLinks> links;
    private String title;
    private final ObjectProvider<CasePanels> panels;
    private final List<TaskOpener> openers;

    CaseWorkspaceView(CaseFileService cases, InboxService inbox, Messages messages, CaseClockService clock,
            PreservationService preservations, RemedyService remedies, OrganizationService organization,
            StatutoryPeriods periods, DeadlineLights lights, Clock today, ObjectProvider<CaseLinks> links,
            ObjectProvider<CasePanels> panels, List<TaskOpener> openers, ServiceOfDocuments serving,
            cn.zhifa.casefile.ExecutionService execution, cn.zhifa.casefile.EnforcementService enforcement,
            cn.zhifa.casefile.SeizureService seizures, cn.zhifa.casefile.CaseExitService exits,
            cn.zhifa.casefile.LateDecisionService late, cn.zhifa.casefile.RecusalService recusals,
            cn.zhifa.casefile.TransferService transfers, cn.zhifa.casefile.DecisionExtensions extensions,
            cn.zhifa.casefile.RemedyRedoService redo) {
        this.openers = openers;
        this.cases = cases;
        this.panels = panels;
        this.links = links;
        this.inbox = inbox;
        this.messages = messages;
        this.clockServices = new CaseClockSection.Services(clock, preservations, seizures, remedies, organization,
                periods, lights, messages, today, serving, cases, execution, enforcement, exits, late, recusals,
                transfers, extensions, redo);
        addClassName("zhifa-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            removeAll();
            add(new Paragraph(getTranslation("ui.case.notFound")));
            return;
        }
        load(id);
    }

    /** (Re)reads the case and renders it; also after a clock or preservation change. */
    private void load(long id) {
        removeAll();
        Actor actor = CurrentActor.get();
        CaseFileView view;
        try {
            view = cases.view(actor, id);
        } catch (DomainException e) {
            Paragraph p = new Paragraph(messages.of(e, Ui.locale()));
            p.setId("case-not-found");
            add(p);
            return;
        }
        show(actor, view);
        cases.opened(actor, id);
    }

    private void show(Actor actor, CaseFileView view) {
        CaseFile c = view.caseFile();
        title = c.caseNo() == null ? getTranslation("ui.case.leadNo", String.valueOf(c.id())) : c.caseNo();
        add(new CaseHeader(c, view.deadlines()));
        boolean readOnly = c.isReadOnly();
        if (readOnly) {
            Div notice = new Div(new Span(getTranslation("ui.case.readOnly")));
            notice.addClassName("zhifa-readonly-notice");
            notice.setId("case-read-only");
            add(notice);
        } else {
            add(section("ui.case.openTasks"), openTasks(actor, view.openTasks()));
        }
        add(new CaseClockSection(clockServices, actor, view, () -> load(c.id())));
        add(section("ui.case.summary"), new Paragraph(Ui.orDash(c.leadSummary())));
        List<CaseLinks.CaseLink> linked = links.orderedStream().flatMap(l -> l.linksOf(c.id()).stream()).toList();
        if (!linked.isEmpty()) {
            add(section("daily.case.links"), linkList(linked));
        }
        add(section("ui.lead.parties"), parties(view.parties()));
        add(section("ui.case.handlers"), handlers(view.handlers()));
        add(section("ui.case.factsAndOutcome"), outcome(c));
        panels.orderedStream().forEach(p -> p.workspaceSection(actor, c).ifPresent(this::add));
        add(section("ui.case.timeline"));
        panels.orderedStream().forEach(p -> p.timelineTools(actor, c).ifPresent(this::add));
        java.util.Map<Long, String> docLinks = new java.util.HashMap<>();
        panels.orderedStream().forEach(p -> docLinks.putAll(p.documentLinks(actor, c)));
        add(timeline(view.history(), docLinks));
        add(section("ui.case.documents"), documents(view.documents(), docLinks));
    }

    private VerticalLayout linkList(List<CaseLinks.CaseLink> linked) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("case-links");
        for (CaseLinks.CaseLink l : linked) {
            list.add(new HorizontalLayout(new Span(getTranslation(l.labelKey())),
                    new com.vaadin.flow.component.html.Anchor(l.route(), l.reference())));
        }
        return list;
    }

    private H3 section(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassName("zhifa-section-title");
        return h;
    }

    private VerticalLayout openTasks(Actor actor, List<InboxTask> tasks) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("case-open-tasks");
        if (tasks.isEmpty()) {
            list.add(new Span(getTranslation("ui.case.noOpenTasks")));
        }
        for (InboxTask t : tasks) {
            Span name = new Span(getTranslation("ui.task." + t.taskKey()));
            Span who = new Span(t.assigneeName() == null ? getTranslation("ui.inbox.unclaimed")
                    : getTranslation("ui.case.assignedTo", t.assigneeName()));
            who.addClassName("zhifa-muted");
            HorizontalLayout row = new HorizontalLayout(name, who);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (inbox.canWork(actor, t)) {
                Button work = new Button(getTranslation("ui.inbox.work"), e -> TaskOpener.of(openers, t).open(t));
                work.setId("work-" + t.taskId());
                work.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                row.add(work);
            }
            list.add(row);
        }
        return list;
    }

    private Grid<Party> parties(List<Party> parties) {
        Grid<Party> grid = smallGrid(Party.class, parties);
        grid.setId("case-parties");
        grid.addColumn(p -> getTranslation("ui.partyKind." + p.kind().name())).setHeader(getTranslation("ui.party.kind"));
        grid.addColumn(Party::name).setHeader(getTranslation("ui.party.name"));
        grid.addColumn(p -> getTranslation("ui.idType." + p.idType().name())).setHeader(getTranslation("ui.party.idType"));
        grid.addColumn(p -> Ui.orDash(p.idNo())).setHeader(getTranslation("ui.party.idNo"));
        grid.addColumn(p -> Ui.orDash(p.phone())).setHeader(getTranslation("ui.party.phone"));
        grid.addColumn(p -> Ui.orDash(p.address())).setHeader(getTranslation("ui.party.address"));
        return grid;
    }

    private Div handlers(List<Handler> handlers) {
        Div div = new Div();
        div.setId("case-handlers");
        if (handlers.isEmpty()) {
            div.add(new Span(getTranslation("ui.case.noHandlers")));
        }
        for (Handler h : handlers) {
            Span s = new Span(h.name() + "（" + getTranslation("ui.handlerRole." + h.role()) + "）");
            s.getStyle().set("margin-right", "var(--lumo-space-l)");
            div.add(s);
        }
        return div;
    }

    private VerticalLayout outcome(CaseFile c) {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        v.setSpacing(false);
        v.add(line("ui.case.facts", Ui.orDash(c.facts())));
        if (c.notFiledReason() != null) {
            v.add(line("ui.case.notFiledReason", c.notFiledReason()));
        }
        if (c.proposedOutcome() != null) {
            v.add(line("ui.case.proposedOutcome", outcome(c.proposedOutcome().name(), c.proposedFine(),
                    c.proposedConfiscation())));
            v.add(line("ui.form.correctionOrder", Ui.orDash(c.correctionOrder())));
            v.add(line("ui.form.discretionReason", Ui.orDash(c.discretionReason())));
        }
        if (c.major()) {
            v.add(line("ui.case.major", Ui.orDash(c.majorReason())));
        }
        if (c.deliberationRequired()) {
            v.add(line("ui.case.deliberationRequired", Ui.orDash(c.deliberationResolution())));
        }
        if (c.decidedOutcome() != null) {
            v.add(line("ui.case.decidedOutcome", outcome(c.decidedOutcome().name(), c.decidedFine(),
                    c.decidedConfiscation())));
        }
        if (c.paidAmount() != null || c.executionNote() != null) {
            String paid = c.paidAmount() == null ? null
                    : c.paidAmount().toPlainString() + " " + getTranslation("ui.yuan") + " " + Ui.date(c.paidDate());
            String note = c.executionNote();
            v.add(line("ui.case.execution", paid == null ? Ui.orDash(note) : note == null ? paid : paid + " " + note));
        }
        return v;
    }

    private String outcome(String type, BigDecimal fine, BigDecimal confiscation) {
        StringBuilder s = new StringBuilder(getTranslation("ui.outcome." + type));
        if (fine != null && fine.signum() != 0) {
            s.append("，").append(getTranslation("ui.form.fine")).append(" ").append(fine.toPlainString())
                    .append(" ").append(getTranslation("ui.yuan"));
        }
        if (confiscation != null && confiscation.signum() != 0) {
            s.append("，").append(getTranslation("ui.form.confiscation")).append(" ")
                    .append(confiscation.toPlainString()).append(" ").append(getTranslation("ui.yuan"));
        }
        return s.toString();
    }

    private Div line(String key, String value) {
        Span label = new Span(getTranslation(key) + Ui.colon());
        label.addClassName("zhifa-muted");
        return new Div(label, new Span(value));
    }

    /** The case's full-process record, in Chinese: who did what, when, from where, with links to documents. */
    private Grid<StageChange> timeline(List<StageChange> history, java.util.Map<Long, String> docLinks) {
        Grid<StageChange> grid = smallGrid(StageChange.class, history);
        grid.setId("case-timeline");
        grid.addColumn(StageChange::seq).setHeader(getTranslation("ui.record.seq")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(h -> Ui.dateTime(h.at())).setHeader(getTranslation("ui.history.at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(h -> h.fromStage() == null || h.fromStage() == h.toStage()
                ? (h.toStage() == null ? Ui.DASH : getTranslation("ui.stage." + h.toStage().name()))
                : getTranslation("ui.stage." + h.fromStage().name()) + " → "
                        + getTranslation("ui.stage." + h.toStage().name()))
                .setHeader(getTranslation("ui.history.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> getTranslation("ui.action." + h.action())).setHeader(getTranslation("ui.history.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.actorId() == null ? getTranslation("ui.record.system") : Ui.orDash(h.actorName()))
                .setHeader(getTranslation("ui.history.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.originIp() == null
                ? ("system".equals(h.originClient()) ? getTranslation("ui.record.system") : Ui.orDash(h.originClient()))
                : h.originIp() + " · " + shortClient(h.originClient()))
                .setHeader(getTranslation("ui.record.origin")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(h -> {
            String href = docLinks.get(documentId(h.details()));
            if (href == null) {
                return new Span("DOCUMENT_CREATED".equals(h.action())
                        ? getTranslation("ui.record.document") + Ui.colon() + Ui.orDash(Ui.text(h.comment()))
                        : Ui.orDash(Ui.text(h.comment())));
            }
            // the entry's document opens itself (its PDF in a new tab), never a route of the application
            com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(href,
                    ("DOCUMENT_CREATED".equals(h.action()) ? getTranslation("ui.record.document") + Ui.colon() : "")
                            + Ui.orDash(Ui.text(h.comment())));
            open.setTarget("_blank");
            open.addClassName("timeline-document");
            return open;
        }).setHeader(getTranslation("ui.history.comment")).setFlexGrow(1);
        return grid;
    }

    private static final java.util.regex.Pattern DOCUMENT_ID =
            java.util.regex.Pattern.compile("\"documentId\"\\s*:\\s*(\\d+)");

    /** The register id a record entry's details name ({@code documentId}), or null. */
    static Long documentId(String details) {
        if (details == null) {
            return null;
        }
        java.util.regex.Matcher m = DOCUMENT_ID.matcher(details);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The browser family of a User-Agent, enough for a timeline line (the full text is in the record). */
    private static String shortClient(String agent) {
        if (agent == null) {
            return Ui.DASH;
        }
        for (String name : new String[] {"Edg", "Chrome", "Firefox", "Safari", "curl", "Java"}) {
            if (agent.contains(name)) {
                return name;
            }
        }
        return agent.length() > 24 ? agent.substring(0, 24) + "…" : agent;
    }

    private Grid<CaseDocument> documents(List<CaseDocument> documents, java.util.Map<Long, String> docLinks) {
        Grid<CaseDocument> grid = smallGrid(CaseDocument.class, documents);
        grid.setId("case-documents");
        grid.addComponentColumn(d -> {
            String href = docLinks.get(d.id());
            if (href == null) {
                return new Span(Ui.text(d.name()));
            }
            com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(href,
                    Ui.text(d.name()));
            open.setTarget("_blank");
            return open;
        }).setHeader(getTranslation("ui.doc.title")).setFlexGrow(1);
        grid.addColumn(d -> Ui.orDash(d.docNo())).setHeader(getTranslation("ui.doc.no")).setAutoWidth(true);
        grid.addColumn(d -> d.stage() == null ? Ui.DASH : getTranslation("ui.stage." + d.stage().name()))
                .setHeader(getTranslation("ui.col.stage")).setAutoWidth(true);
        grid.addColumn(d -> Ui.dateTime(d.createdAt())).setHeader(getTranslation("ui.doc.createdAt"))
                .setAutoWidth(true);
        return grid;
    }

    private <T> Grid<T> smallGrid(Class<T> type, List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(items);
        grid.setEmptyStateText(getTranslation("ui.none"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("ui.case.workspace") : title) + " · " + getTranslation("app.name");
    }
}
