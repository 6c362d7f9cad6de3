package cn.zhifa.complaint.ui;

import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.complaint.Complaint;
import cn.zhifa.complaint.ComplaintDetails;
import cn.zhifa.complaint.ComplaintOutcome;
import cn.zhifa.complaint.ComplaintReply;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.complaint.Verification;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** A complaint: content, deadlines, the same matter's complaints, duplicate hints, the linked case, and its step. */
@Route(value = "complaints/:id", layout = MainLayout.class)
@PermitAll
class ComplaintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ComplaintService complaints;
    private final InboxService inbox;
    private final OrganizationService organization;
    private final Messages messages;

    ComplaintView(ComplaintService complaints, InboxService inbox, OrganizationService organization,
            Messages messages) {
        this.complaints = complaints;
        this.inbox = inbox;
        this.organization = organization;
        this.messages = messages;
        addClassName("zhifa-view");
        setMaxWidth("56em");
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

    private void load(long id) {
        Actor actor = CurrentActor.get();
        ComplaintDetails d = complaints.details(actor, id);
        Complaint c = d.complaint();
        removeAll();
        Div info = new Div();
        info.setId("complaint-info");
        info.add(line("complaint.no", c.complaintNo()),
                line("complaint.channel", getTranslation("complaint.channel." + c.channel().name())),
                line("complaint.status", getTranslation("ui.stage." + c.status())),
                line("complaint.place", c.place()), line("complaint.party", c.partyName()),
                line("complaint.content", c.content()), line("complaint.received", Ui.dateTime(c.receivedAt())),
                line("complaint.verifier", c.verifierName()), line("complaint.verifyDue", Ui.date(c.verifyDue())),
                line("complaint.outcome", c.outcome() == null ? null
                        : getTranslation("complaint.outcome." + c.outcome().name())),
                line("complaint.note", c.outcomeNote()), line("complaint.replyDue", Ui.date(c.replyDue())),
                line("complaint.reply", c.reply()), line("complaint.replyMethod", c.replyMethod() == null ? null
                        : getTranslation("complaint.replyMethod." + c.replyMethod())));
        add(new H2(getTranslation("complaint.title") + " " + c.complaintNo()), info);
        if (c.repliedAt() != null) {
            // the written reply (投诉举报答复告知书), generated with the reply by the document module
            Anchor pdf = new Anchor("document-files/complaints/" + c.id() + "/reply/pdf",
                    getTranslation("complaint.replyDocument") + " PDF");
            pdf.setId("complaint-reply-pdf");
            Anchor docx = new Anchor("document-files/complaints/" + c.id() + "/reply/docx", "Word");
            docx.setId("complaint-reply-docx");
            add(new Div(pdf, new Span(" · "), docx));
        }
        if (c.caseId() != null) {
            Div link = new Div(new Span(getTranslation("complaint.case") + Ui.colon()),
                    "SUMMARY".equals(c.caseProcedure()) ? new Anchor("summary/" + c.caseId(), c.caseNo())
                            : CaseFileNavigation.caseLink(Ui.orDash(c.caseNo()) + " (#" + c.caseId() + ")",
                                    c.caseId()));
            link.setId("complaint-case-link");
            add(link);
        }
        add(new H3(getTranslation("complaint.sameMatter")), list(d.sameMatter(), "complaint-same-matter", null));
        if (!d.possibleDuplicates().isEmpty()) {
            add(new H3(getTranslation("complaint.duplicates")),
                    list(d.possibleDuplicates(), "complaint-duplicates", c.id()));
        }
        for (InboxTask t : d.openTasks()) {
            if (inbox.canWork(actor, t)) {
                add(step(actor, c, t));
            }
        }
    }

    private VerticalLayout list(List<Complaint> items, String id, Long linkFrom) {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        v.setId(id);
        for (Complaint o : items) {
            HorizontalLayout row = new HorizontalLayout(new Anchor("complaints/" + o.id(), o.complaintNo()),
                    new Span(Ui.dateTime(o.receivedAt())), new Span(o.place()));
            if (linkFrom != null) {
                row.add(new Button(getTranslation("complaint.linkSame"), e -> act(linkFrom,
                        () -> complaints.linkToMatter(CurrentActor.get(), linkFrom, o.id()))));
            }
            v.add(row);
        }
        return v;
    }

    private VerticalLayout step(Actor actor, Complaint c, InboxTask t) {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        v.add(new H3(getTranslation("ui.task." + t.taskKey())));
        switch (t.taskKey()) {
            case "Task_AssignComplaint" -> {
                ComboBox<UserAccount> verifier = new ComboBox<>(getTranslation("complaint.verifier"));
                verifier.setItems(organization.qualifiedOfficers(c.unitId()));
                verifier.setItemLabelGenerator(UserAccount::displayName);
                verifier.setId("complaint-verifier");
                Button assign = new Button(getTranslation("complaint.assign"), e -> act(c.id(),
                        () -> complaints.assign(CurrentActor.get(), c.id(),
                                verifier.getValue() == null ? null : verifier.getValue().id(), null)));
                assign.setId("complaint-assign");
                assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                v.add(verifier, assign);
            }
            case "Task_VerifyComplaint" -> {
                Select<ComplaintOutcome> outcome = new Select<>();
                outcome.setLabel(getTranslation("complaint.outcome"));
                outcome.setItems(ComplaintOutcome.values());
                outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("complaint.outcome." + o.name()));
                outcome.setId("complaint-outcome");
                TextArea note = new TextArea(getTranslation("complaint.note"));
                note.setId("complaint-note");
                IntegerField summaryCase = new IntegerField(getTranslation("complaint.summaryCaseId"));
                Anchor onTheSpot = new Anchor("summary/new?complaint=" + c.id(), getTranslation("summary.nav"));
                Button verify = new Button(getTranslation("complaint.verify"), e -> act(c.id(),
                        () -> complaints.verify(CurrentActor.get(), c.id(), new Verification(outcome.getValue(),
                                note.getValue(), summaryCase.getValue() == null ? null
                                        : summaryCase.getValue().longValue(), List.of()))));
                verify.setId("complaint-verify");
                verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                v.add(outcome, note, new HorizontalLayout(summaryCase, onTheSpot), verify);
            }
            case "Task_ReplyComplainant" -> {
                TextArea text = new TextArea(getTranslation("complaint.reply"));
                text.setId("complaint-reply-text");
                Select<String> method = new Select<>();
                method.setLabel(getTranslation("complaint.replyMethod"));
                method.setId("complaint-reply-method");
                method.setItems(ComplaintReply.METHODS);
                method.setItemLabelGenerator(m -> getTranslation("complaint.replyMethod." + m));
                method.setValue("PHONE");
                Button reply = new Button(getTranslation("complaint.doReply"), e -> act(c.id(),
                        () -> complaints.reply(CurrentActor.get(), c.id(),
                                new ComplaintReply(text.getValue(), method.getValue()))));
                reply.setId("complaint-reply");
                reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                v.add(text, method, reply);
            }
            default -> {
            }
        }
        return v;
    }

    private void act(long id, Runnable r) {
        try {
            r.run();
            load(id);
        } catch (DomainException refused) {
            Ui.refused(messages, refused);
        }
    }

    private Div line(String key, String value) {
        return new Div(new Span(getTranslation(key) + Ui.colon()), new Span(Ui.orDash(value)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.title") + " · " + getTranslation("app.name");
    }
}
