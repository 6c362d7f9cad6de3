package cn.zhifa.deliberation.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.deliberation.AttendeeRole;
import cn.zhifa.deliberation.DeliberationService;
import cn.zhifa.deliberation.DeliberationSettings;
import cn.zhifa.deliberation.ItemStatus;
import cn.zhifa.deliberation.Meeting;
import cn.zhifa.deliberation.MeetingStatus;
import cn.zhifa.deliberation.ResolutionInput;
import cn.zhifa.deliberation.VoteChoice;
import cn.zhifa.deliberation.VoteInput;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * One heads' meeting: attendance and the designated deputy, the quorum, per agenda item the case summary, each
 * head's own vote with opinion, the resolution, the minutes and who confirmed them. Every rule is the service's; the
 * screen only hides what cannot apply.
 */
@Route(value = "deliberations/:id", layout = MainLayout.class)
@RolesAllowed({"HEAD", "PRINCIPAL_HEAD", "SUPERVISOR", "ADMIN"})
class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeliberationService deliberations;
    private final CaseFileService cases;
    private final DeliberationSettings settings;
    private final Messages messages;
    private String title = "";

    MeetingView(DeliberationService deliberations, CaseFileService cases, DeliberationSettings settings,
            Messages messages) {
        this.deliberations = deliberations;
        this.cases = cases;
        this.settings = settings;
        this.messages = messages;
        addClassName("zhifa-view");
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException e) {
            removeAll();
            add(new Paragraph(messages.get("deliberation.notFound", Ui.locale(), "?")));
        }
    }

    private void load(long id) {
        removeAll();
        Actor actor = CurrentActor.get();
        Meeting m;
        try {
            m = deliberations.meeting(actor, id);
        } catch (DomainException e) {
            Paragraph p = new Paragraph(messages.of(e, Ui.locale()));
            p.setId("meeting-not-found");
            add(p);
            return;
        }
        title = getTranslation("ui.delib.meeting", m.id());
        add(new H2(title));
        Span status = new Span(getTranslation("deliberation.status." + m.status().name()));
        status.setId("meeting-status");
        status.getElement().getThemeList().add("badge");
        add(new HorizontalLayout(status, new Span(Ui.dateTime(m.scheduledAt()) + " · " + m.place() + " · "
                + getTranslation("ui.delib.presiding") + Ui.colon() + name(m, m.presidingId()))));
        add(attendance(actor, m));
        for (Meeting.Item item : m.items()) {
            add(item(actor, m, item));
        }
        if (m.minutes() != null) {
            add(minutes(actor, m));
        }
    }

    // ---- attendance ---------------------------------------------------------------------------------------------

    private VerticalLayout attendance(Actor actor, Meeting m) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("meeting-attendance");
        box.add(section("ui.delib.attendance"));
        boolean editable = m.status() == MeetingStatus.SCHEDULED && actor.isHead() && actor.unitId() == m.unitId();
        for (Meeting.Attendee a : m.attendees()) {
            Span who = new Span(a.name() + "（" + getTranslation("deliberation.role." + a.role().name()) + "）");
            Span state = new Span(a.present() == null ? getTranslation("ui.delib.notRecorded")
                    : a.attended() ? getTranslation("ui.delib.present")
                    : getTranslation("ui.delib.absent") + Ui.colon() + Ui.orDash(a.absenceReason()));
            state.setId("attendance-" + a.userId());
            HorizontalLayout row = new HorizontalLayout(who, state);
            row.addClassName("delib-attendee");
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (editable) {
                TextField reason = new TextField();
                reason.setPlaceholder(getTranslation("ui.delib.absenceReason"));
                reason.setId("reason-" + a.userId());
                Button present = small("ui.delib.present", "present-" + a.userId(), () -> deliberations
                        .recordAttendance(CurrentActor.get(), m.id(), a.userId(), true, null), m.id());
                Button absent = small("ui.delib.absent", "absent-" + a.userId(), () -> deliberations
                        .recordAttendance(CurrentActor.get(), m.id(), a.userId(), false, reason.getValue()), m.id());
                row.add(present, absent, reason);
            }
            box.add(row);
        }
        int heads = m.votingHeads().size();
        Span quorum = new Span(getTranslation("ui.delib.quorum", m.presentHeads().size(), heads,
                settings.quorum(heads)));
        quorum.setId("meeting-quorum");
        box.add(quorum);
        if (m.deputyId() != null) {
            Span deputy = new Span(getTranslation("ui.delib.deputy") + Ui.colon() + name(m, m.deputyId()) + "（"
                    + m.deputyNote() + "）");
            deputy.setId("meeting-deputy");
            box.add(deputy);
        }
        boolean principalAbsent = m.attendees().stream()
                .noneMatch(a -> a.role() == AttendeeRole.PRINCIPAL_HEAD && !Boolean.FALSE.equals(a.present()));
        if (editable && principalAbsent) {
            Select<Meeting.Attendee> deputy = new Select<>();
            deputy.setLabel(getTranslation("ui.delib.deputy"));
            deputy.setId("meeting-deputy-select");
            deputy.setItems(m.votingHeads());
            deputy.setItemLabelGenerator(Meeting.Attendee::name);
            TextField note = new TextField(getTranslation("ui.delib.deputyNote"));
            note.setId("meeting-deputy-note");
            Button designate = small("ui.delib.designate", "meeting-designate", () -> deliberations.designateDeputy(
                    CurrentActor.get(), m.id(), deputy.getValue() == null ? -1 : deputy.getValue().userId(),
                    note.getValue()), m.id());
            HorizontalLayout row = new HorizontalLayout(deputy, note, designate);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(row);
        }
        if (editable) {
            Button open = new Button(getTranslation("ui.delib.openVoting"),
                    e -> act(() -> deliberations.openVoting(CurrentActor.get(), m.id()), m.id()));
            open.setId("meeting-open-voting");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(open);
        }
        return box;
    }

    // ---- agenda items -------------------------------------------------------------------------------------------

    private VerticalLayout item(Actor actor, Meeting m, Meeting.Item item) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("item-" + item.seq());
        H3 heading = DeliberationsView.sectionTitle(getTranslation("ui.delib.item", item.seq(),
                Ui.orDash(item.caseNo()), Ui.orDash(item.partyName())) + " · "
                + getTranslation("deliberation.kind." + item.kind().name()));
        Anchor toCase = new Anchor("cases/" + item.caseId(), getTranslation("ui.delib.toCase"));
        toCase.setId("item-case-" + item.seq());
        box.add(heading, toCase);
        try {
            CaseFile c = cases.get(actor, item.caseId());
            box.add(new Paragraph(item.isExtension() ? getTranslation("ui.delib.extensionAsked", item.requestedDays(),
                    item.requestReason()) : getTranslation("ui.delib.facts", Ui.orDash(c.facts()))));
            if (c.proposedOutcome() != null) {
                box.add(new Paragraph(getTranslation("ui.delib.proposal",
                        outcome(c.proposedOutcome(), c.proposedFine(), c.proposedConfiscation())
                                + (c.discretionReason() == null ? "" : "；" + c.discretionReason()))));
            }
            if (c.majorReason() != null) {
                box.add(new Paragraph(getTranslation("ui.delib.why", c.majorReason())));
            }
            if (c.legalReviewOpinion() != null) {
                box.add(new Paragraph(getTranslation("ui.delib.legalReview", c.legalReviewOpinion())));
            }
        } catch (DomainException e) {
            box.add(new Paragraph(messages.of(e, Ui.locale())));
        }
        VerticalLayout votes = new VerticalLayout();
        votes.setPadding(false);
        votes.setSpacing(false);
        votes.setId("votes-" + item.seq());
        votes.add(new H4(getTranslation("ui.delib.votes")));
        for (Meeting.Vote v : m.votesOf(item.id())) {
            Div line = new Div(new Span(v.voterName() + Ui.colon() + getTranslation("deliberation.choice." + v.choice())
                    + (v.outcome() == null ? "" : "（" + outcome(v.outcome(), v.fine(), v.confiscation()) + "）")
                    + (v.days() == null ? "" : "（" + getTranslation("ui.delib.extendBy", v.days()) + "）")
                    + " — " + v.opinion() + " · " + Ui.dateTime(v.castAt())));
            line.addClassName(v.choice() == VoteChoice.DISAGREE ? "delib-dissent" : "delib-vote");
            votes.add(line);
        }
        box.add(votes);
        boolean voting = m.status() == MeetingStatus.VOTING && item.status() == ItemStatus.OPEN;
        boolean presentHead = m.presentHeads().stream().anyMatch(a -> a.userId() == actor.userId());
        boolean voted = m.votesOf(item.id()).stream().anyMatch(v -> v.voterId() == actor.userId());
        if (voting && presentHead && !voted) {
            box.add(item.isExtension() ? new ExtensionItemForm(deliberations, item, true, a -> act(a, m.id()))
                    : voteForm(m, item));
        }
        if (voting && presentHead && actor.userId() == chair(m)) {
            box.add(item.isExtension() ? new ExtensionItemForm(deliberations, item, false, a -> act(a, m.id()))
                    : resolutionForm(m, item));
        }
        if (item.status() != ItemStatus.OPEN) {
            Paragraph r = new Paragraph(item.status() == ItemStatus.ADOPTED
                    ? getTranslation("ui.delib.resolved", item.isExtension() ? getTranslation(item.extensionDays() == 0
                            ? "ui.delib.notExtended" : "ui.delib.extendBy", item.extensionDays())
                            : outcome(item.outcome(), item.fine(), item.confiscation()),
                            item.supportCount(), item.resolutionText())
                    : getTranslation("deliberation.item.NOT_ADOPTED") + Ui.colon() + item.resolutionText());
            r.setId("resolution-" + item.seq());
            box.add(r);
        }
        return box;
    }

    private VerticalLayout voteForm(Meeting m, Meeting.Item item) {
        int seq = item.seq();
        RadioButtonGroup<VoteChoice> choice = new RadioButtonGroup<>(getTranslation("ui.delib.myVote"));
        choice.setId("vote-choice-" + seq);
        choice.setItems(VoteChoice.values());
        choice.setItemLabelGenerator(c -> getTranslation("deliberation.choice." + c.name()));
        Select<OutcomeType> outcome = outcomeSelect("vote-outcome-" + seq);
        outcome.setEmptySelectionAllowed(true);
        BigDecimalField fine = amount("ui.delib.fine", "vote-fine-" + seq);
        BigDecimalField confiscation = amount("ui.delib.confiscation", "vote-confiscation-" + seq);
        TextArea opinion = new TextArea(getTranslation("ui.delib.opinion"));
        opinion.setId("vote-opinion-" + seq);
        opinion.setMaxLength(4000);
        opinion.setWidthFull();
        Button cast = new Button(getTranslation("ui.delib.castVote"), e -> act(() -> deliberations.vote(
                CurrentActor.get(), item.id(), new VoteInput(choice.getValue(), outcome.getValue(), fine.getValue(),
                        confiscation.getValue(), opinion.getValue())), m.id()));
        cast.setId("vote-submit-" + seq);
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(choice, new FormLayout(outcome, fine, confiscation), opinion, cast);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout resolutionForm(Meeting m, Meeting.Item item) {
        int seq = item.seq();
        Select<OutcomeType> outcome = outcomeSelect("resolution-outcome-" + seq);
        BigDecimalField fine = amount("ui.delib.fine", "resolution-fine-" + seq);
        BigDecimalField confiscation = amount("ui.delib.confiscation", "resolution-confiscation-" + seq);
        try {
            CaseFile c = cases.get(CurrentActor.get(), item.caseId());
            outcome.setValue(c.proposedOutcome());
            fine.setValue(c.proposedFine());
            confiscation.setValue(c.proposedConfiscation());
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
        TextArea text = new TextArea(getTranslation("ui.delib.resolutionText"));
        text.setId("resolution-text-" + seq);
        text.setMaxLength(4000);
        text.setWidthFull();
        Button adopt = new Button(getTranslation("ui.delib.adopt"), e -> act(() -> deliberations.adopt(
                CurrentActor.get(), item.id(), new ResolutionInput(outcome.getValue(), fine.getValue(),
                        confiscation.getValue(), text.getValue())), m.id()));
        adopt.setId("resolution-adopt-" + seq);
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField reason = new TextField(getTranslation("ui.delib.noResolutionReason"));
        reason.setId("resolution-none-reason-" + seq);
        Button none = new Button(getTranslation("ui.delib.closeWithout"), e -> act(() -> deliberations.noResolution(
                CurrentActor.get(), item.id(), reason.getValue()), m.id()));
        none.setId("resolution-none-" + seq);
        none.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout noneRow = new HorizontalLayout(reason, none);
        noneRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(new H4(getTranslation("ui.delib.resolution")),
                new FormLayout(outcome, fine, confiscation), text, adopt, noneRow);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout minutes(Actor actor, Meeting m) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(section("ui.delib.minutes"));
        Pre text = new Pre(m.minutes());
        text.setId("meeting-minutes");
        text.getStyle().set("white-space", "pre-wrap");
        box.add(text);
        VerticalLayout confirmations = new VerticalLayout();
        confirmations.setPadding(false);
        confirmations.setSpacing(false);
        confirmations.setId("meeting-confirmations");
        for (Meeting.Attendee a : m.presentHeads()) {
            confirmations.add(new Span(a.confirmedAt() == null ? getTranslation("ui.delib.notConfirmed", a.name())
                    : getTranslation("ui.delib.confirmedBy", a.name(), Ui.dateTime(a.confirmedAt()))));
        }
        box.add(confirmations);
        boolean mine = m.presentHeads().stream().anyMatch(a -> a.userId() == actor.userId()
                && a.confirmedAt() == null);
        if (m.status() == MeetingStatus.MINUTES && mine) {
            Button confirm = new Button(getTranslation("ui.delib.confirm"),
                    e -> act(() -> deliberations.confirm(CurrentActor.get(), m.id()), m.id()));
            confirm.setId("meeting-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(confirm);
        }
        return box;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The head who puts resolutions: the presiding head when present, otherwise the designated deputy. */
    private static long chair(Meeting m) {
        boolean presidingPresent = m.attendee(m.presidingId()).map(Meeting.Attendee::attended).orElse(false);
        return presidingPresent || m.deputyId() == null ? m.presidingId() : m.deputyId();
    }

    private void act(Supplier<Meeting> action, long meetingId) {
        try {
            action.get();
            Ui.success(getTranslation("ui.delib.done"));
            load(meetingId);
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
    }

    private Button small(String key, String id, Supplier<Meeting> action, long meetingId) {
        Button b = new Button(getTranslation(key), e -> act(action, meetingId));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private Select<OutcomeType> outcomeSelect(String id) {
        Select<OutcomeType> s = new Select<>();
        s.setLabel(getTranslation("ui.delib.outcome"));
        s.setId(id);
        s.setItems(OutcomeType.values());
        s.setItemLabelGenerator(o -> o == null ? "" : getTranslation("ui.outcome." + o.name()));
        return s;
    }

    private BigDecimalField amount(String key, String id) {
        BigDecimalField f = new BigDecimalField(getTranslation(key));
        f.setId(id);
        return f;
    }

    private String outcome(OutcomeType type, BigDecimal fine, BigDecimal confiscation) {
        StringBuilder s = new StringBuilder(getTranslation("ui.outcome." + type.name()));
        if (fine != null && fine.signum() != 0) {
            s.append(' ').append(fine.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        if (confiscation != null && confiscation.signum() != 0) {
            s.append(" / ").append(getTranslation("ui.delib.confiscation")).append(' ')
                    .append(confiscation.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        return s.toString();
    }

    private static String name(Meeting m, long userId) {
        return m.attendee(userId).map(Meeting.Attendee::name).orElse(String.valueOf(userId));
    }

    private H3 section(String key) {
        return DeliberationsView.sectionTitle(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
