package cn.zhifa.organization.ui;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 执法事项管理: the catalogue of violation items with their legal and penalty bases. */
@Route(value = "admin/items", layout = MainLayout.class)
@Menu(title = "ui.nav.items", order = 12, icon = "vaadin:book")
@RolesAllowed("ADMIN")
class ItemsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organization;
    private final Messages messages;
    private final Grid<ViolationItem> grid = new Grid<>();
    private final DiscretionBenchmarkService benchmarks;

    ItemsView(OrganizationService organization, DiscretionBenchmarkService benchmarks, Messages messages) {
        this.organization = organization;
        this.benchmarks = benchmarks;
        this.messages = messages;
        addClassName("zhifa-view");
        setSizeFull();
        Button add = new Button(getTranslation("ui.admin.newItem"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("item-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("items-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ViolationItem::code).setHeader(getTranslation("ui.admin.itemCode")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ViolationItem::name).setHeader(getTranslation("ui.admin.itemName")).setFlexGrow(2);
        grid.addColumn(ViolationItem::violationBasis).setHeader(getTranslation("ui.admin.violationBasis"))
                .setFlexGrow(1);
        grid.addColumn(ViolationItem::penaltyBasis).setHeader(getTranslation("ui.admin.penaltyBasis")).setFlexGrow(1);
        grid.addColumn(i -> getTranslation(i.active() ? "ui.admin.enabledYes" : "ui.admin.enabledNo"))
                .setHeader(getTranslation("ui.admin.active")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> {
            Button edit = new Button(getTranslation("ui.edit"), e -> edit(i));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("item-edit-" + i.code());
            Button bench = new Button(getTranslation("ui.benchmark.open"),
                    e -> BenchmarksDialog.open(this, benchmarks, messages, i));
            bench.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bench.setId("item-benchmarks-" + i.code());
            return new HorizontalLayout(edit, bench);
        }).setHeader(getTranslation("ui.col.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        refresh();
        add(new HorizontalLayout(new H2(getTranslation("ui.nav.items")), add), grid);
    }

    private void refresh() {
        grid.setItems(organization.items(false));
    }

    private void edit(ViolationItem item) {
        ItemForm form = new ItemForm(item);
        Dialog[] dialog = new Dialog[1];
        form.addSaveListener(e -> {
            ItemForm.ItemDraft d = e.draft();
            try {
                organization.saveItem(CurrentActor.get(), d.id(), d.code(), d.name(), d.violationBasis(),
                        d.penaltyBasis(), d.active());
            } catch (DomainException refused) {
                Ui.refused(messages, refused);
                return;
            }
            Ui.success(getTranslation("ui.saved"));
            dialog[0].close();
            refresh();
        });
        dialog[0] = AdminDialogs.open(this, getTranslation(item == null ? "ui.admin.newItem" : "ui.admin.editItem"),
                form, form::save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.nav.items") + " · " + getTranslation("app.name");
    }
}
