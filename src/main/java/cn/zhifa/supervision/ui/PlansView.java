package cn.zhifa.supervision.ui;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Unit;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.PlanMethod;
import cn.zhifa.supervision.Plans.NewPlan;
import cn.zhifa.supervision.Plans.Plan;
import cn.zhifa.supervision.Plans.PlanCase;
import cn.zhifa.supervision.ReviewPlanService;
import cn.zhifa.supervision.Target;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 案卷评查: the supervisors' review plans, and the cases assigned to the signed-in user for scoring. A new plan is
 * drawn at once (全面, or 抽查 with a seed — given or chosen — plus targeted picks) and opens in its own page.
 */
@Route(value = "supervision/plans", layout = MainLayout.class)
@Menu(title = "sv.nav.plans", order = 4.5, icon = "vaadin:clipboard-check")
@RolesAllowed({"SUPERVISOR", "ADMIN", "HEAD", "PRINCIPAL_HEAD", "LEGAL_REVIEWER", "TEAM_LEADER"})
class PlansView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewPlanService plans;
    private final Messages messages;
    /** The application's clock (Asia/Shanghai): the default period ends on the office's today, not the JVM's. */
    private final java.time.Clock clock;
    private final Grid<Plan> grid = new Grid<>();
    private final Grid<PlanCase> mine = new Grid<>();
    private final Map<Long, String> unitNames;

    PlansView(ReviewPlanService plans, OrganizationService organization, Messages messages, java.time.Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.messages = messages;
        addClassName("zhifa-view");
        setWidthFull();
        List<Unit> units = organization.units();
        unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        add(new H2(getTranslation("sv.nav.plans")));

        boolean supervisor = CurrentActor.get().has(cn.zhifa.organization.Role.SUPERVISOR);
        if (supervisor) {
            add(form(units));
        }

        add(new H3(getTranslation("sv.plans.mine")));
        mine.setId("my-review-cases");
        mine.addThemeVariants(GridVariant.LUMO_COMPACT);
        mine.addComponentColumn(c -> {
            RouterLink link = new RouterLink(Ui.orDash(c.caseNo()), ScoreView.class, c.id());
            link.setId("score-" + c.id());
            return link;
        }).setHeader(getTranslation("ui.col.caseNo")).setAutoWidth(true);
        mine.addColumn(c -> unitNames.getOrDefault(c.unitId(), Ui.DASH)).setHeader(getTranslation("ui.admin.unit"));
        mine.addColumn(c -> pickLabel(c.pick())).setHeader(getTranslation("sv.plans.pick"));
        mine.addColumn(c -> c.panel().grade() == null ? getTranslation("sv.plans.panelOpen", c.panel().signed(),
                c.panel().assigned()) : getTranslation("sv.grade." + c.panel().grade())).setHeader(
                        getTranslation("sv.plans.panel"));
        mine.setAllRowsVisible(true);
        mine.setEmptyStateText(getTranslation("sv.plans.mineEmpty"));
        add(mine);

        if (supervisor) {
            add(new H3(getTranslation("sv.plans.all")));
            grid.setId("plans-grid");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.addComponentColumn(p -> {
                RouterLink link = new RouterLink(p.title(), PlanView.class, p.id());
                link.setId("plan-" + p.id());
                return link;
            }).setHeader(getTranslation("sv.plans.title")).setFlexGrow(1);
            grid.addColumn(p -> getTranslation("sv.method." + p.method())).setHeader(getTranslation("sv.plans.method"))
                    .setAutoWidth(true);
            grid.addColumn(p -> p.seed() == null ? Ui.DASH : String.valueOf(p.seed()))
                    .setHeader(getTranslation("sv.plans.seed")).setAutoWidth(true);
            grid.addColumn(p -> Ui.date(p.from()) + " ~ " + Ui.date(p.to())).setHeader(getTranslation("sv.plans.period"))
                    .setAutoWidth(true);
            grid.addColumn(p -> Ui.date(p.deadline())).setHeader(getTranslation("sv.plans.deadline"))
                    .setAutoWidth(true);
            grid.addColumn(p -> getTranslation("sv.plan.status." + p.status())).setHeader(getTranslation("ui.col.stage"))
                    .setAutoWidth(true);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        refresh();
    }

    private String pickLabel(String pick) {
        return pick.startsWith("TARGET_") ? getTranslation("sv.target." + pick.substring(7))
                : getTranslation("sv.pick." + pick);
    }

    private FormLayout form(List<Unit> units) {
        TextField title = new TextField(getTranslation("sv.plans.title"));
        title.setId("plan-title");
        title.setValue(getTranslation("sv.plans.defaultTitle", LocalDate.now(clock).getYear()));
        RadioButtonGroup<PlanMethod> method = new RadioButtonGroup<>(getTranslation("sv.plans.method"));
        method.setId("plan-method");
        method.setItems(PlanMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("sv.method." + m));
        method.setValue(PlanMethod.SAMPLE);
        CheckboxGroup<Unit> unitBox = new CheckboxGroup<>(getTranslation("sv.plans.units"));
        unitBox.setId("plan-units");
        unitBox.setItems(units);
        unitBox.setItemLabelGenerator(Unit::name);
        DatePicker from = Ui.datePicker(getTranslation("sv.plans.from"), Ui.locale(), getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        from.setId("plan-from");
        from.setValue(LocalDate.now(clock).withDayOfYear(1));
        DatePicker to = Ui.datePicker(getTranslation("sv.plans.to"), Ui.locale(), getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        to.setId("plan-to");
        to.setValue(LocalDate.now(clock));
        CheckboxGroup<String> procedures = new CheckboxGroup<>(getTranslation("sv.plans.procedures"));
        procedures.setId("plan-procedures");
        procedures.setItems("ORDINARY", "SUMMARY");
        procedures.setItemLabelGenerator(p -> getTranslation("sv.series." + p));
        procedures.setValue(java.util.Set.of("ORDINARY"));
        IntegerField size = new IntegerField(getTranslation("sv.plans.sampleSize"));
        size.setId("plan-size");
        size.setValue(5);
        TextField seed = new TextField(getTranslation("sv.plans.seed"));
        seed.setId("plan-seed");
        seed.setHelperText(getTranslation("sv.plans.seedHelp"));
        CheckboxGroup<Target> targets = new CheckboxGroup<>(getTranslation("sv.plans.targets"));
        targets.setId("plan-targets");
        targets.setItems(Target.values());
        targets.setItemLabelGenerator(t -> getTranslation("sv.target." + t));
        Checkbox cross = new Checkbox(getTranslation("sv.plans.cross"));
        cross.setId("plan-cross");
        DatePicker deadline = Ui.datePicker(getTranslation("sv.plans.deadline"), Ui.locale(),
                getTranslation("ui.today"), getTranslation("ui.cancel"));
        deadline.setId("plan-deadline");
        deadline.setValue(LocalDate.now(clock).plusMonths(1));
        Button draw = new Button(getTranslation("sv.plans.draw"), e -> {
            Long s = null;
            if (!seed.getValue().isBlank()) {
                try {
                    s = Long.valueOf(seed.getValue().trim());
                } catch (NumberFormatException ex) {
                    Ui.error(getTranslation("sv.plans.badSeed"));
                    return;
                }
            }
            try {
                Plan p = plans.create(CurrentActor.get(), new NewPlan(title.getValue(), method.getValue(),
                        cross.getValue(), unitBox.getValue().stream().map(Unit::id).toList(), from.getValue(),
                        to.getValue(), new ArrayList<>(procedures.getValue()), size.getValue(), s,
                        new ArrayList<>(targets.getValue()), deadline.getValue()));
                Ui.success(getTranslation("sv.plans.drawn", p.cases().size(), p.populationSize()));
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, p.id()));
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        draw.setId("plan-draw");
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(title, method, unitBox, procedures, from, to, size, seed, targets, cross,
                deadline, draw);
        form.setId("plan-form");
        return form;
    }

    private void refresh() {
        mine.setItems(plans.myCases(CurrentActor.get()));
        if (CurrentActor.get().has(cn.zhifa.organization.Role.SUPERVISOR)) {
            grid.setItems(plans.plans(CurrentActor.get()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sv.nav.plans") + " · " + getTranslation("app.name");
    }
}
