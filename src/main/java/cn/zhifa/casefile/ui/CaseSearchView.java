package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseQuery;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CaseSummary;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 案件查询: filter by case number, party, stage and registration date; lazy, paged by the service. */
@Route(value = "cases", layout = MainLayout.class)
@Menu(title = "ui.nav.search", order = 3, icon = "vaadin:search")
@PermitAll
class CaseSearchView extends VerticalLayout implements HasDynamicTitle {

    private final TextField caseNo = new TextField();
    private final TextField party = new TextField();
    private final Select<CaseStage> stage = new Select<>();
    private final Select<String> procedure = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Grid<CaseSummary> grid = new Grid<>();

    CaseSearchView(CaseFileService cases) {
        addClassName("zhifa-view");
        setSizeFull();
        caseNo.setLabel(getTranslation("ui.col.caseNo"));
        caseNo.setId("search-case-no");
        caseNo.setClearButtonVisible(true);
        party.setLabel(getTranslation("ui.col.party"));
        party.setId("search-party");
        party.setHelperText(getTranslation("ui.search.partyHint")); // any part of the name (decision 0032)
        party.setClearButtonVisible(true);
        stage.setLabel(getTranslation("ui.col.stage"));
        stage.setItems(CaseStage.values());
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("ui.search.anyStage")
                : getTranslation("ui.stage." + s.name()));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("ui.search.anyStage"));
        stage.setId("search-stage");
        from = Ui.datePicker(getTranslation("ui.search.from"), Ui.locale(), getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        from.setId("search-from");
        to = Ui.datePicker(getTranslation("ui.search.to"), Ui.locale(), getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        to.setId("search-to");
        Button search = new Button(getTranslation("ui.search.search"), VaadinIcon.SEARCH.create(),
                e -> grid.getDataProvider().refreshAll());
        search.setId("search-submit");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        Button newLead = new Button(getTranslation("ui.nav.registerLead"), VaadinIcon.PLUS.create(),
                e -> CaseFileNavigation.toRegisterLead());
        procedure.setLabel(getTranslation("daily.col.procedure"));
        procedure.setItems("", "ORDINARY", "SUMMARY");
        procedure.setValue("");
        procedure.setItemLabelGenerator(p -> p.isEmpty() ? getTranslation("daily.procedure.all")
                : getTranslation("daily.procedure." + p));
        procedure.setId("search-procedure");
        FlexLayout filters = new FlexLayout(caseNo, party, stage, procedure, from, to, search, newLead);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("search-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(c -> CaseFileNavigation.caseLink(c.caseNo() == null
                ? getTranslation("ui.case.leadNo", String.valueOf(c.id())) : c.caseNo(), c.id()))
                .setHeader(getTranslation("ui.col.caseNo")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("daily.procedure." + c.procedureType()))
                .setHeader(getTranslation("daily.col.procedure")).setKey("procedure").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("ui.stage." + c.stage().name())).setHeader(getTranslation("ui.col.stage"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.leadSource() == null ? Ui.DASH : getTranslation("ui.source." + c.leadSource().name()))
                .setHeader(getTranslation("ui.lead.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Ui.orDash(c.partyName())).setHeader(getTranslation("ui.col.party")).setAutoWidth(true);
        grid.addColumn(c -> Ui.orDash(c.itemName())).setHeader(getTranslation("ui.col.item")).setFlexGrow(1);
        grid.addColumn(c -> Ui.date(c.discoveredDate())).setHeader(getTranslation("ui.lead.discoveredDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Ui.date(c.filedDate())).setHeader(getTranslation("ui.col.filedDate")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> Ui.dateTime(c.registeredAt())).setHeader(getTranslation("ui.search.registeredAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> CaseFileNavigation.toCase(e.getItem().id()));
        grid.setPageSize(50);
        grid.setItems(q -> cases.search(CurrentActor.get(), query(q)).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, cases.count(CurrentActor.get(), query(q))));
        grid.setEmptyStateText(getTranslation("ui.search.empty"));
        grid.setSizeFull();
        add(new H2(getTranslation("ui.nav.search")), filters, grid);
    }

    private CaseQuery query(Query<CaseSummary, Void> q) {
        return new CaseQuery(StepForm.trim(caseNo.getValue()), StepForm.trim(party.getValue()), stage.getValue(),
                from.getValue(), to.getValue(), q.getOffset(), Math.min(q.getLimit(), 500), procedure.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.nav.search") + " · " + getTranslation("app.name");
    }
}
