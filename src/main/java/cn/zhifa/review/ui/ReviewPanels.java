package cn.zhifa.review.ui;

import cn.zhifa.casefile.CaseDocument;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.StepPayload.CheckPoint;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.casefile.ui.CasePanels;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.review.ReviewViews.Recusal;
import cn.zhifa.tasks.InboxService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.ReviewerEligibility;
import cn.zhifa.review.RequirementStatus;
import cn.zhifa.review.ReviewViews.Hearing;
import cn.zhifa.review.ReviewViews.Notice;
import cn.zhifa.review.ReviewViews.Overview;
import cn.zhifa.review.ReviewViews.Round;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The "审核与告知" section of the case workspace (review, hearing and deliberation: required or not and why; notice;
 * hearing; every review round with its checklist; recusals), the case material beside the legal-review form, and
 * the reviewer's opinions beside the handlers' investigation and correction tasks.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class ReviewPanels implements CasePanels {

    private static final Set<String> HANDLER_TASKS = Set.of(ProcedureTasks.INVESTIGATE,
            ProcedureTasks.INVESTIGATION_REPORT, ProcedureTasks.CORRECT_DOCUMENTS,
            ProcedureTasks.CASE_REVIEW);

    private final LegalReviewService reviews;
    private final ReviewerEligibility reviewers;
    private final CaseFileService cases;
    private final OrganizationService organization;
    private final InboxService inbox;
    private final Messages messages;

    ReviewPanels(LegalReviewService reviews, ReviewerEligibility reviewers, CaseFileService cases,
            OrganizationService organization, InboxService inbox, Messages messages) {
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.cases = cases;
        this.organization = organization;
        this.inbox = inbox;
        this.messages = messages;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> workspaceSection(Actor actor, CaseFile c) {
        if (c.filedDate() == null || !"ORDINARY".equals(c.procedureType())) {
            return Optional.empty();
        }
        Overview o = reviews.overview(actor, c.id());
        VerticalLayout v = column("review-section");
        H3 h = new H3(t("review.section.title"));
        h.addClassName("zhifa-section");
        v.add(h);
        v.add(requirements(o, c));
        if (o.notice() != null) {
            v.add(notice(o.notice()));
        }
        if (o.hearing() != null) {
            v.add(hearing(o.hearing()));
        }
        v.add(rounds(o.rounds()));
        for (Recusal r : o.recusals()) {
            Div d = line("review.recusal", reviewerName(r.reviewerId()) + " · "
                    + t("review.recusal.status." + r.status()) + " · " + r.reason()
                    + (r.decisionReason() == null ? "" : " · " + r.decisionReason()));
            d.setId("review-recusal-" + r.id());
            if ("REQUESTED".equals(r.status()) && actor.isHead() && !c.isReadOnly()) {
                d.add(button("review-recusal-grant-" + r.id(), "review.recusal.grant", () -> reason(
                        "review.recusal.grant", why -> reviewers.decideRecusal(CurrentActor.get(), r.id(), true, why))),
                        button("review-recusal-refuse-" + r.id(), "review.recusal.refuse", () -> reason(
                                "review.recusal.refuse",
                                why -> reviewers.decideRecusal(CurrentActor.get(), r.id(), false, why))));
            }
            v.add(d);
        }
        if (!c.isReadOnly()) {
            HorizontalLayout actions = new HorizontalLayout();
            if (actor.has(Role.LEGAL_REVIEWER) || cases.handlerIds(c.id()).contains(actor.userId())) {
                actions.add(button("review-recusal-request", "review.recusal.request", () -> requestRecusal(actor,
                        c)));
            }
            if (actor.isHead() && ProcedureTasks.LEGAL_REVIEW.equals(openTaskKey(c))) {
                actions.add(button("review-extend", "review.extend", () -> reason("review.extend",
                        why -> reviews.extendReview(CurrentActor.get(), c.id(), why))));
            }
            v.add(actions);
        }
        return Optional.of(v);
    }

    private String openTaskKey(CaseFile c) {
        return inbox.openTasksOfCase(c.id()).stream().map(InboxTask::taskKey).findFirst().orElse("");
    }

    private String reviewerName(long userId) {
        return organization.user(userId).displayName();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(t(key), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    /** A reviewer asks for himself; a handler picks the reviewer the party objects to. */
    private void requestRecusal(Actor actor, CaseFile c) {
        Select<UserAccount> reviewer = new Select<>();
        reviewer.setLabel(t("review.recusal.reviewer"));
        reviewer.setId("review-recusal-reviewer");
        List<UserAccount> candidates = organization.users(c.unitId()).stream()
                .filter(u -> u.roles().contains(Role.LEGAL_REVIEWER))
                .filter(u -> !actor.has(Role.LEGAL_REVIEWER) || u.id() == actor.userId()).toList();
        reviewer.setItems(candidates);
        reviewer.setItemLabelGenerator(UserAccount::displayName);
        if (candidates.size() == 1) {
            reviewer.setValue(candidates.get(0));
        }
        TextArea why = new TextArea(t("review.recusal.reason"));
        why.setId("review-reason");
        dialog("review.recusal.request", new FormLayout(reviewer, why), () -> reviewers.requestRecusal(
                CurrentActor.get(), c.id(), reviewer.getValue() == null ? -1 : reviewer.getValue().id(),
                why.getValue()));
    }

    private void reason(String titleKey, java.util.function.Consumer<String> action) {
        TextArea why = new TextArea(t("review.recusal.reason"));
        why.setId("review-reason");
        why.setWidthFull();
        dialog(titleKey, why, () -> action.accept(why.getValue()));
    }

    private void dialog(String titleKey, com.vaadin.flow.component.Component content, Runnable save) {
        EditDialog.open(null, messages, t(titleKey), content, "review-dialog-save", save,
                () -> UI.getCurrent().getPage().reload());
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> besideTask(Actor actor, InboxTask task, CaseFile c) {
        if (ProcedureTasks.LEGAL_REVIEW.equals(task.taskKey())) {
            return Optional.of(material(actor, c));
        }
        if (HANDLER_TASKS.contains(task.taskKey()) && !c.legalReviewPassed()) {
            List<Round> rounds = reviews.rounds(c.id());
            if (!rounds.isEmpty() && rounds.get(rounds.size() - 1).outcome() != ReviewOutcome.AGREE) {
                VerticalLayout v = column("review-opinions-for-handler");
                v.add(new H4(t("review.forHandler.title")));
                v.add(round(rounds.get(rounds.size() - 1), true));
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** What the reviewer reads beside the checklist: facts, proposal, notice, statement, hearing, documents. */
    private VerticalLayout material(Actor actor, CaseFile c) {
        Overview o = reviews.overview(actor, c.id());
        VerticalLayout v = column("review-material");
        v.add(new H4(t("review.material.title")));
        v.add(line("ui.case.facts", Ui.orDash(c.facts())));
        if (c.proposedOutcome() != null) {
            v.add(line("ui.case.proposedOutcome", penalty(c.proposedOutcome().name(), c.proposedFine(),
                    c.proposedConfiscation())));
        }
        v.add(line("ui.form.discretionReason", Ui.orDash(c.discretionReason())));
        v.add(line("ui.form.correctionOrder", Ui.orDash(c.correctionOrder())));
        if (c.major()) {
            v.add(line("ui.case.major", Ui.orDash(c.majorReason())));
        }
        v.add(requirements(o, c));
        if (o.notice() != null) {
            v.add(notice(o.notice()));
        }
        if (c.statementSummary() != null) {
            v.add(line("ui.form.statement.text", c.statementSummary()));
        }
        if (c.reviewOpinion() != null) {
            v.add(line("ui.form.statement.review", c.reviewOpinion()));
        }
        if (o.hearing() != null) {
            v.add(hearing(o.hearing()));
        }
        v.add(new H4(t("ui.case.documents")));
        Grid<CaseDocument> docs = new Grid<>(CaseDocument.class, false);
        docs.setId("review-documents");
        docs.addColumn(CaseDocument::title).setHeader(t("review.document.title")).setFlexGrow(2);
        docs.addColumn(d -> Ui.dateTime(d.createdAt())).setHeader(t("review.document.at"));
        docs.setItems(cases.view(actor, c.id()).documents());
        docs.setAllRowsVisible(true);
        docs.addThemeVariants(GridVariant.LUMO_COMPACT);
        v.add(docs);
        if (!o.rounds().isEmpty()) {
            v.add(rounds(o.rounds()));
        }
        return v;
    }

    private VerticalLayout requirements(Overview o, CaseFile c) {
        VerticalLayout v = column("review-requirements");
        for (RequirementStatus r : RequirementStatus.of(o, c)) {
            String value = !r.evaluated() ? t("review.required.pending") : r.required()
                    ? t("review.required.yes") + Ui.colon() + String.join("；", r.reasons()) : t("review.required.no");
            if (r.stateKey() != null) {
                value += " · " + t(r.stateKey(), r.stateArgs().toArray());
            }
            Div d = line("review.required." + r.kind().name(), value);
            d.setId("review-required-" + r.kind().name());
            v.add(d);
        }
        return v;
    }

    private Div notice(Notice n) {
        Div d = line("review.notice", Ui.date(n.servedDate()) + " · "
                + penalty(n.proposedOutcome().name(), n.fine(), n.confiscation()) + " · "
                + t("review.notice.reasons") + Ui.orDash(n.reasons()) + " · " + t("review.notice.basis")
                + Ui.orDash(n.basis()) + " · " + (n.hearingEligible() ? t("review.notice.hearingRight")
                        + "（" + n.hearingReason() + "）" : t("review.notice.noHearingRight")));
        d.setId("review-notice");
        return d;
    }

    private Div hearing(Hearing h) {
        Div d = line("review.hearing", t("review.hearing.status." + h.status()) + " · "
                + (h.hearingDate() == null ? "" : Ui.date(h.hearingDate()) + " " + Ui.orDash(h.place()) + " · "
                        + t("review.hearing.presiding") + Ui.colon() + Ui.orDash(h.presidingName()))
                + (h.transcript() == null ? "" : " · " + h.transcript())
                + (h.attendance() == null ? "" : " · " + h.attendance()));
        d.setId("review-hearing");
        return d;
    }

    private VerticalLayout rounds(List<Round> rounds) {
        VerticalLayout v = column("review-rounds");
        if (rounds.isEmpty()) {
            v.add(new Span(t("review.rounds.none")));
        }
        rounds.forEach(r -> v.add(round(r, false)));
        return v;
    }

    private VerticalLayout round(Round r, boolean problemsOnly) {
        VerticalLayout v = column("review-round-" + r.roundNo());
        v.add(new Span(t("review.round", r.roundNo(), r.reviewerName(), t("review.outcome." + r.outcome().name()),
                Ui.dateTime(r.reviewedAt()))));
        v.add(line("ui.form.opinion", r.opinion()));
        for (CheckPoint p : r.checklist()) {
            if (problemsOnly && p.passed()) {
                continue;
            }
            Span s = new Span((p.passed() ? "✓ " : "✗ ") + t("review.point." + p.point().name())
                    + (p.remark() == null ? "" : Ui.colon() + p.remark()));
            s.addClassName(p.passed() ? "zhifa-muted" : "zhifa-problem");
            v.add(s);
        }
        return v;
    }

    private String penalty(String type, BigDecimal fine, BigDecimal confiscation) {
        StringBuilder b = new StringBuilder(t("ui.outcome." + type));
        if (fine != null) {
            b.append(" ").append(fine.toPlainString()).append(" ").append(t("review.yuan"));
        }
        if (confiscation != null && confiscation.signum() > 0) {
            b.append(" · ").append(t("review.confiscation")).append(" ").append(confiscation.toPlainString());
        }
        return b.toString();
    }

    private Div line(String key, String value) {
        Div d = new Div(new Span(t(key) + Ui.colon()), new Span(value));
        d.addClassName("zhifa-line");
        return d;
    }

    private static VerticalLayout column(String id) {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        v.setSpacing(false);
        v.setId(id);
        return v;
    }

    private String t(String key, Object... args) {
        Locale locale = Ui.locale();
        return messages.get(key, locale, args);
    }
}
