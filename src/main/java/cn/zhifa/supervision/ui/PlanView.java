package cn.zhifa.supervision.ui;

import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.Unit;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.Plans.Plan;
import cn.zhifa.supervision.Plans.PlanCase;
import cn.zhifa.supervision.Plans.Problem;
import cn.zhifa.supervision.Plans.Redraw;
import cn.zhifa.supervision.Plans.UnitReport;
import cn.zhifa.supervision.Rectification.NewRectification;
import cn.zhifa.supervision.RectificationService;
import cn.zhifa.supervision.ReportService;
import cn.zhifa.supervision.ReviewPlanService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One review plan: scope, method, seed and population (with 重新抽取 to check the draw), the drawn cases with their
 * reviewers and panel results; assigning reviewers (recusal rules enforced by the service), issuing the report per
 * unit (一单位一问题清单) and issuing a rectification for a problem.
 */
@Route(value = "supervision/plan", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
class PlanView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReviewPlanService plans;
    private final ReportService reports;
    private final RectificationService rectifications;
    private final Messages messages;
    private final Map<Long, String> unitNames;
    private final Map<Long, String> userNames;
    private final List<UserAccount> reviewers;
    private long planId;
    private String title = "";

    PlanView(ReviewPlanService plans, ReportService reports, RectificationService rectifications, OrganizationService organization,
            Messages messages) {
        this.plans = plans;
        this.reports = reports;
        this.rectifications = rectifications;
        this.messages = messages;
        addClassName("zhifa-view");
        setWidthFull();
        unitNames = organization.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<UserAccount> users = organization.users(null);
        userNames = users.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        reviewers = users.stream().filter(u -> u.enabled() && (u.roles().contains(Role.SUPERVISOR)
                || u.roles().contains(Role.LEGAL_REVIEWER) || u.roles().contains(Role.HEAD)
                || u.roles().contains(Role.PRINCIPAL_HEAD) || u.roles().contains(Role.TEAM_LEADER))).toList();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        planId = id;
        render();
    }

    private void render() {
        removeAll();
        Plan p;
        try {
            p = plans.plan(CurrentActor.get(), planId);
        } catch (DomainException e) {
            add(new Paragraph(messages.of(e, Ui.locale())));
            return;
        }
        title = p.title();
        add(new H2(p.title()));
        Span facts = new Span(getTranslation("sv.plan.facts", getTranslation("sv.method." + p.method()),
                p.unitIds().stream().map(u -> unitNames.getOrDefault(u, String.valueOf(u)))
                        .collect(Collectors.joining("、")), Ui.date(p.from()), Ui.date(p.to()), p.populationSize(),
                p.cases().size(), p.rubricVersion(), Ui.date(p.deadline())));
        facts.setId("plan-facts");
        add(facts);
        if (p.seed() != null) {
            Span seed = new Span(getTranslation("sv.plan.seedLine", p.seed(), p.populationSha256().substring(0, 16)));
            seed.setId("plan-seed-line");
            Span redrawResult = new Span();
            redrawResult.setId("plan-redraw-result");
            Button redraw = new Button(getTranslation("sv.plan.redraw"), e -> {
                Redraw r = plans.redraw(CurrentActor.get(), planId);
                redrawResult.setText(getTranslation(r.same() ? "sv.plan.redrawSame" : "sv.plan.redrawDiffers",
                        r.redrawn().size()) + (r.scopeUnchanged() ? "" : " " + getTranslation("sv.plan.scopeChanged")));
            });
            redraw.setId("plan-redraw");
            HorizontalLayout line = new HorizontalLayout(seed, redraw, redrawResult);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(line);
        }

        Grid<PlanCase> grid = new Grid<>();
        grid.setId("plan-cases");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(c -> CaseFileNavigation.caseLink(Ui.orDash(c.caseNo()), c.caseId()))
                .setHeader(getTranslation("ui.col.caseNo")).setAutoWidth(true);
        grid.addColumn(c -> unitNames.getOrDefault(c.unitId(), Ui.DASH)).setHeader(getTranslation("ui.admin.unit"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.pick().startsWith("TARGET_") ? getTranslation("sv.target." + c.pick().substring(7))
                : getTranslation("sv.pick." + c.pick())).setHeader(getTranslation("sv.plans.pick")).setAutoWidth(true);
        grid.addColumn(c -> c.reviewerIds().isEmpty() ? Ui.DASH : c.reviewerIds().stream()
                .map(id -> userNames.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining("、")))
                .setHeader(getTranslation("sv.plan.reviewers")).setAutoWidth(true);
        grid.addColumn(c -> c.panel().grade() == null
                ? getTranslation("sv.plans.panelOpen", c.panel().signed(), c.panel().assigned())
                : getTranslation("sv.plan.panelResult", c.panel().score().stripTrailingZeros().toPlainString(),
                        getTranslation("sv.grade." + c.panel().grade()))).setHeader(getTranslation("sv.plans.panel"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::assignBox).setHeader(getTranslation("sv.plan.assign")).setFlexGrow(1);
        grid.setItems(p.cases());
        grid.setAllRowsVisible(true);
        add(grid);

        add(new H3(getTranslation("sv.plan.reports")));
        List<UnitReport> issued = reports.reports(CurrentActor.get(), planId);
        for (Long unit : p.cases().stream().map(PlanCase::unitId).distinct().toList()) {
            UnitReport r = issued.stream().filter(x -> x.unitId() == unit).findFirst().orElse(null);
            if (r == null) {
                TextField advice = new TextField(getTranslation("sv.plan.advice"));
                advice.setId("report-advice-" + unit);
                advice.setWidth("30em");
                Button issue = new Button(getTranslation("sv.plan.issueReport", unitNames.get(unit)), e -> {
                    try {
                        reports.issueReport(CurrentActor.get(), planId, unit, advice.getValue());
                        Ui.success(getTranslation("sv.plan.reportIssued"));
                        render();
                    } catch (DomainException ex) {
                        Ui.refused(messages, ex);
                    }
                });
                issue.setId("report-issue-" + unit);
                HorizontalLayout row = new HorizontalLayout(advice, issue);
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                add(row);
            } else {
                add(report(r));
            }
        }
    }

    private Div report(UnitReport r) {
        Div box = new Div();
        box.setId("report-" + r.unitId());
        box.add(new H3(getTranslation("sv.plan.reportHead", r.unitName(), Ui.date(r.issuedOn()),
                Ui.date(r.objectionDue()))));
        if (r.advice() != null) {
            box.add(new Paragraph(getTranslation("sv.plan.advice") + Ui.colon() + r.advice()));
        }
        for (Problem pr : r.problems()) {
            String label = (Ui.locale().getLanguage().equals("en") ? pr.titleEn() : pr.titleZh()) + "（"
                    + getTranslation("sv.plan.problemTimes", pr.times()) + "）：" + String.join("、", pr.caseNos());
            Button rect = new Button(getTranslation("sv.plan.rectify"), e -> {
                try {
                    rectifications.issue(CurrentActor.get(), new NewRectification(r.unitId(), null, planId, label,
                            r.advice(), null, null, null));
                    Ui.success(getTranslation("sv.rect.issued"));
                } catch (DomainException ex) {
                    Ui.refused(messages, ex);
                }
            });
            rect.setId("rectify-" + r.unitId() + "-" + pr.itemCode());
            rect.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout line = new HorizontalLayout(new Span(label), rect);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(line);
        }
        for (var o : r.objections()) {
            box.add(new Paragraph(getTranslation("sv.plan.objectionLine", Ui.date(o.filedOn()), o.reason(),
                    getTranslation("sv.objection.status." + o.status()), Ui.date(o.recheckDue()))));
        }
        return box;
    }

    private HorizontalLayout assignBox(PlanCase c) {
        ComboBox<UserAccount> who = new ComboBox<>();
        who.setId("assign-who-" + c.id());
        who.setItems(reviewers);
        who.setItemLabelGenerator(u -> u.displayName() + "（" + unitNames.getOrDefault(u.unitId(), "") + "）");
        who.setWidth("14em");
        Button assign = new Button(getTranslation("sv.plan.assignButton"), e -> {
            if (who.getValue() == null) {
                return;
            }
            try {
                plans.assign(CurrentActor.get(), c.id(), who.getValue().id());
                Ui.success(getTranslation("sv.plan.assigned", who.getValue().displayName()));
                render();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        assign.setId("assign-" + c.id());
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout h = new HorizontalLayout(who, assign);
        h.setAlignItems(FlexComponent.Alignment.BASELINE);
        return h;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
