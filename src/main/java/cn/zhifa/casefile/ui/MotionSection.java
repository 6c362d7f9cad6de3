package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.CaseExitGround;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.CaseMotion;
import cn.zhifa.casefile.CaseMotionKind;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.RecusalApplicant;
import cn.zhifa.casefile.RecusalRole;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;

/**
 * Exits and corrections of a filed case in the workspace (decision record 0025): the requests decided by a head
 * (撤销立案 / 终止调查, late decisions, recusals) and the actions — a handler proposes an exit, a head who is not a
 * handler approves or refuses it, and approves a late decision once the decision period has run out; a handler (or
 * the hearing presider) records a recusal application, a head who is not a handler grants it with a successor or
 * refuses it. The services check every rule again.
 */
final class MotionSection extends ClockSectionBase {

    MotionSection(CaseClockSection.Services services, Actor actor, CaseFileView view, Runnable reload) {
        super(services, actor, view.caseFile(), reload);
        setId("case-motions");
        List<CaseMotion> motions = services.exits().motions(actor, c.id());
        Grid<CaseMotion> grid = smallGrid(motions);
        grid.setId("motion-grid");
        grid.addColumn(m -> Ui.date(m.requestedAt().toLocalDate())).setHeader(getTranslation("ui.exit.requestedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::describe).setHeader(getTranslation("ui.exit.reason")).setFlexGrow(1);
        add(grid);
        boolean handler = view.handlers().stream().anyMatch(h -> h.userId() == actor.userId());
        boolean open = c.filedDate() != null && c.decidedDate() == null && !c.stage().isTerminal()
                && c.unitId() == actor.unitId();
        if (!open) {
            return;
        }
        HorizontalLayout actions = new HorizontalLayout();
        CaseMotion pending = motions.stream().filter(m -> m.kind() == CaseMotionKind.EXIT && m.pending()).findFirst()
                .orElse(null);
        if (pending == null && handler) {
            Button propose = new Button(getTranslation("ui.exit.title"), VaadinIcon.STOP.create(), e -> propose());
            propose.setId("exit-propose");
            actions.add(propose);
        }
        CaseDeadline due = view.deadlines().stream().filter(d -> d.kind() == DeadlineKind.DECISION && d.open())
                .findFirst().orElse(null);
        if (due != null && actor.isHead() && !handler && LocalDate.now(services.today()).isAfter(due.due())
                && motions.stream().noneMatch(m -> m.kind() == CaseMotionKind.LATE_DECISION
                        && due.due().equals(m.dueDate()))) {
            Button late = new Button(getTranslation("ui.late.title"), VaadinIcon.CLOCK.create(), e -> approveLate(due));
            late.setId("late-approve");
            actions.add(late);
        }
        Long presider = services.recusals().scheduledPresider(c.id()).orElse(null);
        if (handler || actor.userId() == (presider == null ? -1 : presider)) {
            Button recuse = new Button(getTranslation("ui.recusal.title"), VaadinIcon.USER_CLOCK.create(),
                    e -> applyForRecusal(view, presider));
            recuse.setId("recusal-apply");
            actions.add(recuse);
        }
        CaseMotion recusal = motions.stream().filter(m -> m.kind() == CaseMotionKind.RECUSAL && m.pending())
                .findFirst().orElse(null);
        if (recusal != null && actor.isHead() && !handler && recusal.subjectUserId() != actor.userId()) {
            Button decide = new Button(getTranslation("ui.recusal.decide"), VaadinIcon.GAVEL.create(),
                    e -> decideRecusal(recusal));
            decide.setId("recusal-decide");
            actions.add(decide);
        }
        if (pending != null && actor.isHead() && !handler) {
            Button decide = new Button(getTranslation("ui.exit.decide"), VaadinIcon.GAVEL.create(),
                    e -> decide(pending));
            decide.setId("exit-decide");
            actions.add(decide);
        }
        add(actions);
    }

    private String describe(CaseMotion m) {
        String what = getTranslation("ui.motion.kind." + m.kind().name());
        if (m.kind() == CaseMotionKind.EXIT) {
            what += "（" + getTranslation("exit.ground." + m.ground()) + "）";
        } else if (m.kind() == CaseMotionKind.RECUSAL) {
            what += "（" + getTranslation("recusal.applicant." + m.ground()) + "，"
                    + getTranslation("recusal.role." + m.subjectRole()) + " "
                    + services.organization().user(m.subjectUserId()).displayName() + "）";
        }
        String state = m.pending() ? getTranslation("ui.motion.pending")
                : getTranslation(m.approved() ? "ui.exit.approve" : "ui.exit.refuse")
                        + (m.opinion() == null ? "" : Ui.colon() + m.opinion());
        return what + Ui.colon() + m.reason() + " — " + state;
    }

    private void propose() {
        Select<CaseExitGround> ground = new Select<>();
        ground.setId("exit-ground");
        ground.setLabel(getTranslation("ui.exit.ground"));
        ground.setRequiredIndicatorVisible(true);
        ground.setItems(CaseExitGround.values());
        ground.setItemLabelGenerator(g -> getTranslation("exit.ground." + g.name()));
        TextArea why = reason("exit-reason");
        why.setLabel(getTranslation("ui.exit.reason"));
        FormLayout form = new FormLayout(ground, why);
        form.setColspan(why, 2);
        dialog("ui.exit.title", form, () -> required(ground, ground.getValue() != null)
                & required(why, !why.getValue().isBlank()),
                () -> services.exits().propose(actor, c.id(), ground.getValue(), why.getValue()), "ui.exit.proposed");
    }

    private void approveLate(CaseDeadline due) {
        TextArea why = reason("late-reason");
        why.setHelperText(getTranslation("ui.late.help", Ui.date(due.due())));
        dialog("ui.late.title", new FormLayout(why), () -> required(why, !why.getValue().isBlank()),
                () -> services.late().approve(actor, c.id(), why.getValue()), "ui.late.approved");
    }

    /** A person who may be recused: a handler, or the presider of the scheduled hearing. */
    private record Person(long userId, String name, RecusalRole role) {
    }

    private void applyForRecusal(CaseFileView view, Long presider) {
        List<Person> people = new java.util.ArrayList<>(view.handlers().stream()
                .map(h -> new Person(h.userId(), h.name(), RecusalRole.HANDLER)).toList());
        if (presider != null) {
            people.add(new Person(presider, services.organization().user(presider).displayName(),
                    RecusalRole.PRESIDER));
        }
        Select<Person> person = new Select<>();
        person.setId("recusal-person");
        person.setLabel(getTranslation("ui.recusal.person"));
        person.setRequiredIndicatorVisible(true);
        person.setItems(people);
        person.setItemLabelGenerator(p -> getTranslation("recusal.role." + p.role().name()) + " " + p.name());
        Select<RecusalApplicant> applicant = new Select<>();
        applicant.setId("recusal-applicant");
        applicant.setLabel(getTranslation("ui.recusal.applicant"));
        applicant.setItems(RecusalApplicant.values());
        applicant.setItemLabelGenerator(a -> getTranslation("recusal.applicant." + a.name()));
        applicant.setValue(RecusalApplicant.PARTY);
        TextArea why = reason("recusal-reason");
        FormLayout form = new FormLayout(person, applicant, why);
        form.setColspan(why, 2);
        dialog("ui.recusal.title", form, () -> required(person, person.getValue() != null)
                & required(why, !why.getValue().isBlank()),
                () -> services.recusals().apply(actor, c.id(), person.getValue().userId(), person.getValue().role(),
                        applicant.getValue(), why.getValue()), "ui.recusal.requested");
    }

    private void decideRecusal(CaseMotion recusal) {
        Select<Boolean> grant = new Select<>();
        grant.setId("recusal-grant");
        grant.setLabel(getTranslation("ui.recusal.decide"));
        grant.setItems(Boolean.TRUE, Boolean.FALSE);
        grant.setItemLabelGenerator(b -> getTranslation(b ? "ui.recusal.grant" : "ui.exit.refuse"));
        grant.setValue(Boolean.TRUE);
        Select<UserAccount> successor = new Select<>();
        successor.setId("recusal-successor");
        successor.setLabel(getTranslation("ui.recusal.successor"));
        successor.setItems(services.organization().users(c.unitId()).stream()
                .filter(u -> u.enabled() && u.id() != recusal.subjectUserId()).toList());
        successor.setItemLabelGenerator(UserAccount::displayName);
        TextArea opinion = reason("recusal-opinion");
        opinion.setLabel(getTranslation("ui.exit.opinion"));
        opinion.setHelperText(describe(recusal));
        opinion.setRequiredIndicatorVisible(false); // reasons are required when the application is refused
        successor.setRequiredIndicatorVisible(true); // granted: a successor takes over
        grant.addValueChangeListener(e -> {
            opinion.setRequiredIndicatorVisible(!e.getValue());
            successor.setRequiredIndicatorVisible(e.getValue());
        });
        FormLayout form = new FormLayout(grant, successor, opinion);
        form.setColspan(opinion, 2);
        dialog("ui.recusal.decide", form, () -> required(successor, !grant.getValue() || successor.getValue() != null)
                & required(opinion, grant.getValue() || !opinion.getValue().isBlank()),
                () -> services.recusals().decide(actor, c.id(), recusal.id(), grant.getValue(),
                        successor.getValue() == null ? null : successor.getValue().id(), opinion.getValue()),
                "ui.recusal.decided");
    }

    private void decide(CaseMotion pending) {
        Select<Boolean> approve = new Select<>();
        approve.setId("exit-approve");
        approve.setLabel(getTranslation("ui.exit.decide"));
        approve.setItems(Boolean.TRUE, Boolean.FALSE);
        approve.setItemLabelGenerator(b -> getTranslation(b ? "ui.exit.approve" : "ui.exit.refuse"));
        approve.setValue(Boolean.TRUE);
        TextArea opinion = reason("exit-opinion");
        opinion.setLabel(getTranslation("ui.exit.opinion"));
        opinion.setHelperText(describe(pending));
        opinion.setRequiredIndicatorVisible(false); // reasons are required when the request is refused
        approve.addValueChangeListener(e -> opinion.setRequiredIndicatorVisible(!e.getValue()));
        FormLayout form = new FormLayout(approve, opinion);
        form.setColspan(opinion, 2);
        dialog("ui.exit.title", form, () -> required(opinion, approve.getValue() || !opinion.getValue().isBlank()),
                () -> services.exits().decide(actor, c.id(), pending.id(), approve.getValue(), opinion.getValue()),
                "ui.exit.decided");
    }
}
