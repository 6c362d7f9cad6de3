package cn.zhifa.summary.ui;

import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.casefile.ui.ExecutionPanel;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.summary.SummaryCase;
import cn.zhifa.summary.SummaryProcedureService;
import cn.zhifa.summary.process.SummaryProcedure;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * 当场行政处罚决定书 with its statutory content (Art. 52) and the follow-up: hand-in and 备案; for a fine paid later at
 * the bank the workspace's execution section (payments, surcharge, 催告, the court) and 执行完毕 (decision 0031).
 */
@Route(value = "summary/:id", layout = MainLayout.class)
@PermitAll
class SummaryCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SummaryProcedureService summaries;
    private final InboxService inbox;
    private final Messages messages;
    private final ExecutionPanel execution;

    SummaryCaseView(SummaryProcedureService summaries, InboxService inbox, Messages messages,
            ExecutionPanel execution) {
        this.execution = execution;
        this.summaries = summaries;
        this.inbox = inbox;
        this.messages = messages;
        addClassName("zhifa-view");
        setMaxWidth("48em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | DomainException e) {
            removeAll();
            add(new Paragraph(getTranslation("ui.case.notFound")));
        }
    }

    private void load(long caseId) {
        Actor actor = CurrentActor.get();
        SummaryCase c = summaries.get(actor, caseId);
        removeAll();
        H2 title = new H2(getTranslation("daily.link.summary"));
        Div doc = new Div();
        doc.setId("summary-decision");
        doc.add(line("summary.decisionNo", c.decisionNo()), line("summary.party", c.partyName() + "（"
                + getTranslation("summary.partyKind." + c.partyKind().name()) + "）"),
                line("summary.violation", c.violation()), line("summary.legalBasis", c.legalBasis()),
                line("summary.penalty", getTranslation("summary.penalty." + c.penalty().name())
                        + (c.fine() == null ? "" : " " + c.fine().toPlainString() + " 元")),
                line("summary.decidedAt", Ui.dateTime(c.decidedAt())), line("summary.place", c.place()),
                line("summary.remedy", c.remedy()), line("summary.agency", c.agencyName()),
                line("summary.officers", c.officers()), line("summary.certificates", c.certificates()),
                line("summary.statement", c.statementRefused() ? getTranslation("summary.statementRefused")
                        : c.statement()),
                line("summary.partySigned", c.partySigned() ? "✓" : getTranslation("summary.refusedToSign")));
        if (c.collected()) {
            doc.add(line("summary.receiptNo", c.receiptNo()), line("summary.handInDue", Ui.date(c.handInDue())),
                    line("summary.handedIn", Ui.date(c.handedInDate())));
        }
        if (!c.collected() && c.fine() != null && c.fine().signum() > 0) {
            doc.add(line("summary.payLaterTitle", getTranslation("summary.payLater")));
        }
        doc.add(line("summary.filingDue", Ui.date(c.filingDue())), line("summary.filed", Ui.date(c.filedDate())));
        if (c.filingLate()) {
            doc.add(line("summary.filingLate", "!"));
        }
        HorizontalLayout actions = new HorizontalLayout();
        List<InboxTask> open = inbox.openTasksOfCase(caseId);
        for (InboxTask t : open) {
            if (!inbox.canWork(actor, t)) {
                continue;
            }
            boolean handIn = SummaryProcedure.TASK_HAND_IN.equals(t.taskKey());
            boolean payLater = SummaryProcedure.TASK_PAY_AT_BANK.equals(t.taskKey());
            Button b = new Button(getTranslation(handIn ? "summary.doHandIn"
                    : payLater ? "summary.doEndExecution" : "summary.doFile"), e -> {
                try {
                    if (handIn) {
                        summaries.handIn(CurrentActor.get(), caseId);
                    } else if (payLater) {
                        summaries.endExecution(CurrentActor.get(), caseId);
                    } else {
                        summaries.fileRecord(CurrentActor.get(), caseId);
                    }
                    load(caseId);
                } catch (DomainException refused) {
                    Ui.refused(messages, refused);
                }
            });
            b.setId(handIn ? "summary-hand-in" : payLater ? "summary-end-execution" : "summary-file");
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(b);
        }
        actions.add(CaseFileNavigation.caseLink(getTranslation("summary.openCase"), caseId));
        add(title, doc, actions);
        if (!c.collected()) {
            execution.of(actor, caseId, () -> load(caseId)).ifPresent(this::add);
        }
    }

    private Div line(String key, String value) {
        Div d = new Div(new Span(getTranslation(key) + Ui.colon()), new Span(Ui.orDash(value)));
        d.addClassName("summary-line");
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("daily.link.summary") + " · " + getTranslation("app.name");
    }
}
