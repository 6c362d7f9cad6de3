package cn.zhifa.supervision.ui;

import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.Plans.Objection;
import cn.zhifa.supervision.Plans.PlanCase;
import cn.zhifa.supervision.Plans.Problem;
import cn.zhifa.supervision.Plans.UnitReport;
import cn.zhifa.supervision.ReportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 评查异议与复核: the reviewed unit's heads see the reports issued to their unit (problems, cases, panel results) and
 * lodge an objection (异议) to the whole report or one case's score while the objection period runs; supervisors see
 * every unit's reports and answer each open objection (复核: upheld or rejected, in writing) within the re-check
 * period. Both periods are working days on the calendar; the service refuses what the screen would not offer.
 */
@Route(value = "supervision/objections", layout = MainLayout.class)
@Menu(title = "sv.nav.objections", order = 4.55, icon = "vaadin:scale")
@RolesAllowed({"SUPERVISOR", "ADMIN", "HEAD", "PRINCIPAL_HEAD", "TEAM_LEADER"})
class ObjectionsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportService reports;
    private final Messages messages;
    private final Clock clock;
    private final Div list = new Div();

    ObjectionsView(ReportService reports, Messages messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
        addClassName("zhifa-view");
        setWidthFull();
        add(new H2(getTranslation("sv.nav.objections")), new Paragraph(getTranslation("sv.obj.intro")), list);
        list.setId("reports-list");
        list.setWidthFull();
        render();
    }

    private void render() {
        list.removeAll();
        Actor actor = CurrentActor.get();
        List<UnitReport> mine;
        try {
            mine = reports.mine(actor);
        } catch (DomainException e) {
            list.add(new Paragraph(messages.of(e, Ui.locale())));
            return;
        }
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sv.obj.none"));
            none.setId("reports-empty");
            list.add(none);
        }
        for (UnitReport r : mine) {
            list.add(report(actor, r));
        }
    }

    private Div report(Actor actor, UnitReport r) {
        Div box = new Div();
        box.setId("report-" + r.id());
        box.addClassName("zhifa-card");
        box.add(new H3(getTranslation("sv.obj.reportHead", r.planTitle(), r.unitName(), Ui.date(r.issuedOn()),
                Ui.date(r.objectionDue()))));
        if (r.advice() != null) {
            box.add(new Paragraph(getTranslation("sv.plan.advice") + Ui.colon() + r.advice()));
        }
        for (PlanCase c : r.cases()) {
            HorizontalLayout line = new HorizontalLayout(CaseFileNavigation.caseLink(caseLabel(c), c.caseId()),
                    new Span(c.panel().grade() == null ? Ui.DASH : getTranslation("sv.plan.panelResult",
                            c.panel().score().stripTrailingZeros().toPlainString(),
                            getTranslation("sv.grade." + c.panel().grade()))));
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(line);
        }
        for (Problem p : r.problems()) {
            box.add(new Paragraph((Ui.locale().getLanguage().equals("en") ? p.titleEn() : p.titleZh()) + "（"
                    + getTranslation("sv.plan.problemTimes", p.times()) + "）：" + String.join("、", p.caseNos())));
        }
        for (Objection o : r.objections()) {
            box.add(objection(actor, r, o));
        }
        if ((actor.isHead() && actor.unitId() == r.unitId())) {
            box.add(LocalDate.now(clock).isAfter(r.objectionDue())
                    ? new Paragraph(getTranslation("sv.obj.periodOver", Ui.date(r.objectionDue())))
                    : objectionForm(r));
        }
        return box;
    }

    private static String caseLabel(PlanCase c) {
        return c.caseNo() == null ? String.valueOf(c.caseId()) : c.caseNo();
    }

    private Component objection(Actor actor, UnitReport r, Objection o) {
        Div d = new Div();
        d.setId("objection-" + o.id());
        String about = o.planCaseId() == null ? getTranslation("sv.obj.wholeReport")
                : r.cases().stream().filter(c -> c.id() == o.planCaseId()).findFirst().map(ObjectionsView::caseLabel)
                        .orElse(String.valueOf(o.planCaseId()));
        Span status = new Span(getTranslation("sv.objection.status." + o.status()));
        status.setId("objection-status-" + o.id());
        d.add(new Paragraph(getTranslation("sv.obj.line", Ui.date(o.filedOn()), about, o.reason(),
                Ui.date(o.recheckDue()))), status);
        if (o.reply() != null) {
            d.add(new Paragraph(getTranslation("sv.obj.reply", Ui.date(o.repliedOn()), o.reply())
                    + (o.repliedLate() ? " " + getTranslation("sv.obj.late") : "")));
        }
        if ("OPEN".equals(o.status()) && actor.has(Role.SUPERVISOR)) {
            TextArea reply = new TextArea(getTranslation("sv.obj.replyLabel"));
            reply.setId("recheck-reply-" + o.id());
            reply.setWidth("40em");
            Button reject = new Button(getTranslation("sv.objection.status.REJECTED"),
                    e -> recheck(o, false, reply.getValue()));
            reject.setId("recheck-reject-" + o.id());
            Button uphold = new Button(getTranslation("sv.objection.status.UPHELD"),
                    e -> recheck(o, true, reply.getValue()));
            uphold.setId("recheck-uphold-" + o.id());
            uphold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(reply, reject, uphold);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            d.add(row);
        }
        return d;
    }

    private void recheck(Objection o, boolean upheld, String reply) {
        try {
            reports.recheck(CurrentActor.get(), o.id(), upheld, reply);
            Ui.success(getTranslation("sv.obj.answered"));
            render();
        } catch (DomainException ex) {
            Ui.refused(messages, ex);
        }
    }

    private Component objectionForm(UnitReport r) {
        List<Optional<PlanCase>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        r.cases().forEach(c -> choices.add(Optional.of(c)));
        Select<Optional<PlanCase>> about = new Select<>();
        about.setId("objection-case-" + r.id());
        about.setLabel(getTranslation("sv.obj.about"));
        about.setItems(choices);
        about.setItemLabelGenerator(c -> c.map(ObjectionsView::caseLabel).orElse(getTranslation("sv.obj.wholeReport")));
        about.setValue(choices.get(0));
        TextArea reason = new TextArea(getTranslation("sv.obj.reason"));
        reason.setId("objection-reason-" + r.id());
        reason.setWidth("40em");
        Button file = new Button(getTranslation("sv.obj.file"), e -> {
            try {
                reports.object(CurrentActor.get(), r.id(),
                        about.getValue() == null ? null : about.getValue().map(PlanCase::id).orElse(null),
                        reason.getValue());
                Ui.success(getTranslation("sv.obj.filed"));
                render();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        file.setId("objection-file-" + r.id());
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(about, reason, file);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sv.nav.objections") + " · " + getTranslation("app.name");
    }
}
